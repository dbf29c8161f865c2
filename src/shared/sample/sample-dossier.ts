import * as Y from 'yjs'
import { Dossier } from '../dossier'
import { CANDIDATE_TAG } from '../ingest'
import { SAMPLE_SOURCE, SAMPLE_TITLE } from './sample-article'
import { SAMPLE_CLAIMS } from './sample-claims'
import type { SampleClaim, SampleClaimKey, SampleClaims } from './sample-claims'
import { scriptedClock } from './sample-clock'
import type { SampleSigners } from './sample-signers'
import { firstNight, nextDay } from './sample-work'

export type { SampleSigners } from './sample-signers'

export interface SampleOptions {
  /** A fixed clock for tests; by default the desk's work is spread over the last few hours. */
  readonly now?: () => string
}

/** A state of the sample worth freezing as a version: what the desk had checked by then. */
export interface SampleVersion {
  readonly name: string
  /** The whole dossier at that moment, as one Yjs update. */
  readonly state: Uint8Array
}

export interface Sample {
  readonly dossier: Dossier
  /** Earlier states to freeze as versions, oldest first; each is contained in the final state. */
  readonly versions: readonly SampleVersion[]
}

export const SAMPLE_VERSION_NAME = 'Sunday evening check'

/**
 * The story imported as ingest imports one: the article's text as the source, each claim quoted
 * from it and tagged as a candidate, revised figures linked ("19 → 17"), all by the editor.
 */
const importSample = (
  doc: Y.Doc,
  editor: SampleSigners['editor'],
  now: () => string,
): { dossier: Dossier; claims: SampleClaims } => {
  const dossier = Dossier.create(
    doc,
    {
      title: SAMPLE_TITLE,
      story: 'Brennock fish market fire',
      language: 'en',
      sourceText: SAMPLE_SOURCE,
    },
    { now },
  )
  const entries = Object.entries(SAMPLE_CLAIMS) as [SampleClaimKey, SampleClaim][]
  const ids = dossier.addClaims(
    entries.map(([, claim]) => {
      const start = SAMPLE_SOURCE.indexOf(claim.text)
      if (start < 0) throw new Error(`the sample source does not hold “${claim.text}”`)
      return {
        text: claim.text,
        quote: { start, end: start + claim.text.length },
        attribution: claim.attribution,
        kind: claim.kind,
        figures: claim.figures,
        tags: [CANDIDATE_TAG],
      }
    }),
    editor,
  )
  const claims = Object.fromEntries(entries.map(([key], index) => [key, ids[index]!]))
  for (const [key, claim] of entries) {
    if (claim.revises === undefined) continue
    const original = SAMPLE_CLAIMS[claim.revises as SampleClaimKey]
    const note = `${original.figures[0]!.raw} → ${claim.figures[0]!.raw}`
    dossier.link(claims[key]!, claims[claim.revises]!, 'revises', editor, note)
  }
  return { dossier, claims: claims as SampleClaims }
}

/**
 * The built-in sample: the invented Brennock fish market fire story, imported, then worked on by
 * two editors over a night and a morning. The first night ends with a state worth freezing (the
 * version to compare with); the morning brings the third count, a corrected and a withdrawn
 * passage of the source, edits, links, and one claim the two judged differently while apart, so
 * the app has a conflict to show. Every claim's text is the quote it was made from, except one
 * the editor rewrote, which says it is the editor's paraphrase.
 */
export const buildSample = (
  doc: Y.Doc,
  signers: SampleSigners,
  options: SampleOptions = {},
): Sample => {
  const clock = scriptedClock(options.now)
  const { dossier, claims } = importSample(doc, signers.editor, clock.now)
  firstNight(dossier, claims, signers, clock)
  const versions = [{ name: SAMPLE_VERSION_NAME, state: Y.encodeStateAsUpdate(doc) }]
  nextDay(dossier, claims, signers, clock)
  clock.goLive()
  return { dossier, versions }
}

/** The sample dossier alone, for callers that keep no versions (the app without a host). */
export const createSampleDossier = (
  doc: Y.Doc,
  signers: SampleSigners,
  options: SampleOptions = {},
): Dossier => buildSample(doc, signers, options).dossier
