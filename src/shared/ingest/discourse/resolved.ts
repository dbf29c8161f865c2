import type { Attribution } from '../../dossier'
import type { AttributionDraft } from '../attribution'
import type { Speaker } from '../noun-phrases'
import { UNKNOWN_SPEAKER } from '../types'

/** A sentence's attribution once the discourse has resolved who its speaker is. */
export interface Resolved {
  readonly attribution: Attribution
  readonly speaker?: Speaker
  readonly cues: string[]
}

const MAX_FIELD = 500

const clip = (text: string): string => (text.length > MAX_FIELD ? text.slice(0, MAX_FIELD) : text)

/** The attribution of a resolved speaker, each field clipped, with the draft's place and time. */
export const resolved = (
  speaker: Speaker | undefined,
  draft: AttributionDraft | null,
  cues: string[],
): Resolved => {
  // Optional parts assigned in order rather than spread: a spread costs ten times as much, once
  // per sentence of the story. The keys' order is the output's, unchanged.
  const attribution: { who: string; role?: string; where?: string; when?: string } = {
    who: clip(speaker?.who ?? UNKNOWN_SPEAKER),
  }
  if (speaker?.role !== undefined) attribution.role = clip(speaker.role)
  if (draft?.where !== undefined) attribution.where = clip(draft.where)
  if (draft?.when !== undefined) attribution.when = clip(draft.when)
  return speaker === undefined ? { attribution, cues } : { attribution, speaker, cues }
}
