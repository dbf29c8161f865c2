import { performance } from 'node:perf_hooks'
import * as Y from 'yjs'
import { Dossier } from '../../src/shared/dossier'
import type { Status } from '../../src/shared/dossier'
import type { Signer } from '../../src/shared/identity'
import { loadOurs } from './bench-load'
import { median, timeInterleaved, withSetup } from './measure'
import type { Timing } from './measure'

/**
 * Incremental update: a loaded dossier receives one decision made on another replica. The views
 * are kept current from Yjs events, so applying the update and reading the changed claim and the
 * counts should cost far less than deriving everything again from the document.
 */

export interface IncrementalResult {
  /** Apply the remote update, read the changed claim's view and the counts. */
  readonly incremental: Timing
  /** Median split of the incremental run: applying (events, index upkeep) and reading. */
  readonly incrementalPhasesMs: { readonly apply: number; readonly read: number }
  /** Open the same document afresh and derive the claim list and counts. */
  readonly fullDerivation: Timing
}

interface RemoteDecision {
  readonly update: Uint8Array
  readonly claimId: string
  readonly status: Status
}

/** Decisions made on a second replica, each captured as the update that carries it. */
const remoteDecisions = (update: Uint8Array, signer: Signer, count: number): RemoteDecision[] => {
  const replica = loadOurs(update).dossier
  const claims = replica.claims()
  const made: RemoteDecision[] = []
  for (let index = 0; index < count; index++) {
    const claim = claims[Math.floor(((index + 0.5) * claims.length) / count)]!
    const status: Status = claim.label === 'confirmed' ? 'disputed' : 'confirmed'
    const captured: Uint8Array[] = []
    const capture = (change: Uint8Array): number => captured.push(change)
    replica.doc.on('update', capture)
    replica.decide(claim.id, { status, rationale: 'A later wire report settles it.' }, signer)
    replica.doc.off('update', capture)
    if (captured.length !== 1) throw new Error(`expected one update, got ${captured.length}`)
    made.push({ update: captured[0]!, claimId: claim.id, status })
  }
  return made
}

export const measureIncremental = (
  update: Uint8Array,
  signer: Signer,
  runs: number,
): IncrementalResult => {
  const warmup = 1
  const decisions = remoteDecisions(update, signer, warmup + runs)
  const local = loadOurs(update).dossier
  const phases = { apply: [] as number[], read: [] as number[] }
  let next = 0
  const incremental = () => {
    const remote = decisions[next++]!
    const start = performance.now()
    Y.applyUpdate(local.doc, remote.update)
    const applied = performance.now()
    const view = local.claim(remote.claimId)
    const counts = local.counts()
    phases.apply.push(applied - start)
    phases.read.push(performance.now() - applied)
    // Guards the measurement, not the code: a run that read a stale view measured nothing.
    if (view?.label !== remote.status) throw new Error(`claim ${remote.claimId} did not update`)
    return counts
  }
  const time = timeInterleaved(
    {
      incremental: { run: incremental },
      fullDerivation: withSetup(
        () => {
          const doc = new Y.Doc()
          Y.applyUpdate(doc, Y.encodeStateAsUpdate(local.doc))
          return doc
        },
        (doc) => {
          const dossier = Dossier.open(doc)
          return { list: dossier.claims(), counts: dossier.counts() }
        },
      ),
    },
    { runs, warmup },
  )
  return {
    incremental: time.incremental,
    incrementalPhasesMs: {
      apply: median(phases.apply.slice(warmup)),
      read: median(phases.read.slice(warmup)),
    },
    fullDerivation: time.fullDerivation,
  }
}
