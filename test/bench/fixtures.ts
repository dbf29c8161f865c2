import { performance } from 'node:perf_hooks'
import * as Y from 'yjs'
import { Dossier } from '../../src/shared/dossier'
import type {
  AuthorDeclaration,
  ClaimRecord,
  Decision,
  DossierMeta,
  Evidence,
} from '../../src/shared/dossier'
import type { Signer } from '../../src/shared/identity'
import {
  claimInput,
  evidenceInput,
  finalDecision,
  firstDecision,
  sourceText,
  steppingClock,
} from './sample-text'

/**
 * Benchmark dossiers built through the real `Dossier` API: N claims, each with 3 evidence entries
 * and 2 signed decisions, the second superseding the first. The same entries, read back through
 * the API, feed the raw-Yjs baselines so that every layout stores exactly the same data.
 */

export const EVIDENCE_PER_CLAIM = 3
export const DECISIONS_PER_CLAIM = 2
/**
 * Claims per `addClaims` call (one transaction each), as an import would send them. One call with
 * all 50,000 claims runs out of memory: Yjs merges the transaction's single-entry pushes pair by
 * pair and every intermediate merge keeps its own copy of the growing array until the end (see
 * docs/benchmarks.md). The baselines write their claims in the same batches.
 */
export const CLAIM_BATCH = 1_000

export const batches = <T>(list: readonly T[], size = CLAIM_BATCH): T[][] => {
  const out: T[][] = []
  for (let at = 0; at < list.length; at += size) out.push(list.slice(at, at + size))
  return out
}

/** A signer that also counts the time spent in Ed25519 signing, to separate it from the rest. */
export interface TimedSigner extends Signer {
  readonly stats: { signatures: number; ms: number }
}

export const timedSigner = (inner: Signer): TimedSigner => {
  const stats = { signatures: 0, ms: 0 }
  return {
    publicKey: inner.publicKey,
    name: inner.name,
    stats,
    sign: (message) => {
      const start = performance.now()
      const signature = inner.sign(message)
      stats.ms += performance.now() - start
      stats.signatures += 1
      return signature
    },
  }
}

/** Builds a dossier with `size` claims; the caller times it. */
export const buildDossier = (size: number, signer: Signer): Dossier => {
  const { text, spans } = sourceText()
  const doc = new Y.Doc()
  const dossier = Dossier.create(
    doc,
    {
      title: `Benchmark dossier (${size} claims)`,
      story: 'Displacement figures',
      sourceText: text,
    },
    { now: steppingClock() },
  )
  const inputs = Array.from({ length: size }, (_, index) => claimInput(index, spans))
  const ids = batches(inputs).flatMap((batch) => dossier.addClaims(batch, signer))
  ids.forEach((claimId, index) => {
    const evidence = [0, 1, 2].map((which) =>
      dossier.addEvidence(claimId, evidenceInput(index, which), signer),
    )
    dossier.decide(claimId, { ...firstDecision, evidenceIds: evidence.slice(0, 1) }, signer)
    dossier.decide(claimId, { ...finalDecision(index), evidenceIds: evidence.slice(1) }, signer)
  })
  return dossier
}

/**
 * The same claims with nothing decided yet: the shape of a story just imported (claims, their
 * speakers, the source text), a fifth of a worked dossier's entries.
 */
export const buildImportedDossier = (
  size: number,
  signer: Signer,
  /** Told the state right after creation, before any claim: what a member held early on. */
  onCreated?: (state: Uint8Array) => void,
): Dossier => {
  const { text, spans } = sourceText()
  const dossier = Dossier.create(
    new Y.Doc(),
    { title: `Imported dossier (${size} claims)`, story: 'Displacement figures', sourceText: text },
    { now: steppingClock() },
  )
  onCreated?.(Y.encodeStateAsUpdate(dossier.doc))
  const inputs = Array.from({ length: size }, (_, index) => claimInput(index, spans))
  for (const batch of batches(inputs)) dossier.addClaims(batch, signer)
  return dossier
}

/** One claim's entries, in the order the API wrote them. */
export interface ClaimEntries {
  readonly claim: ClaimRecord
  readonly evidence: readonly Evidence[]
  readonly decisions: readonly Decision[]
}

export interface DossierEntries {
  readonly meta: DossierMeta
  readonly sourceText: string
  readonly authors: readonly AuthorDeclaration[]
  readonly claims: readonly ClaimEntries[]
}

export const entriesOf = (dossier: Dossier): DossierEntries => ({
  meta: dossier.meta(),
  sourceText: dossier.sourceText(),
  authors: dossier.authors(),
  claims: dossier.claims().map((view) => ({
    claim: dossier.claimRecord(view.id)!,
    evidence: dossier.evidence(view.id),
    decisions: dossier.decisions(view.id),
  })),
})

export const entryCount = (entries: DossierEntries): number =>
  entries.claims.reduce(
    (sum, { evidence, decisions }) => sum + 1 + evidence.length + decisions.length,
    entries.authors.length,
  )
