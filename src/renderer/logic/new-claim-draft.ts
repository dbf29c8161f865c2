import type { Attribution, ClaimKind, Figure, NewClaim } from '../../shared/dossier'
import type { ClaimSuggestion } from '../../shared/ingest/suggest-claim'
import { UNKNOWN_SPEAKER } from '../../shared/ingest/types'
import type { TextRange } from './source-selection'

/** The kinds a claim can have, in the order the new-claim form offers them, with their words. */
export const KIND_WORDS: Readonly<Record<ClaimKind, string>> = {
  statement: 'Statement',
  quote: 'Quote',
  figure: 'Figure',
  event: 'Event',
  blame: 'Blame',
  denial: 'Denial',
  other: 'Other',
}

export const CLAIM_KIND_OPTIONS = Object.keys(KIND_WORDS) as readonly ClaimKind[]

export const isClaimKind = (value: string): value is ClaimKind => Object.hasOwn(KIND_WORDS, value)

/** What the new-claim form starts from: a selection of the source (with a suggestion) or nothing. */
export interface NewClaimDraft {
  readonly text: string
  readonly quote: TextRange | null
  readonly suggestion: ClaimSuggestion | null
}

export const BLANK_DRAFT: NewClaimDraft = { text: '', quote: null, suggestion: null }

/** The form's fields, as the editor left them. */
export interface NewClaimFields {
  readonly text: string
  readonly who: string
  readonly role: string
  readonly kind: ClaimKind
}

export const initialFields = (draft: NewClaimDraft): NewClaimFields => {
  const attribution = draft.suggestion?.attribution
  return {
    text: draft.text,
    who: attribution === undefined || attribution.who === UNKNOWN_SPEAKER ? '' : attribution.who,
    role: attribution?.role ?? '',
    kind: draft.suggestion?.kind ?? 'statement',
  }
}

/**
 * The claim to add, or the reason it cannot be added yet. Where and when the import found stay
 * only while the speaker is the suggested one; figures only those the final text still holds.
 */
export const claimFromFields = (
  draft: NewClaimDraft,
  fields: NewClaimFields,
): { readonly claim: NewClaim } | { readonly error: string } => {
  const text = fields.text.trim()
  if (text === '') return { error: 'A claim needs its text: say what was claimed.' }
  const who = fields.who.trim()
  const role = fields.role.trim()
  const suggested = draft.suggestion?.attribution
  const sameSpeaker = suggested !== undefined && suggested.who === (who || UNKNOWN_SPEAKER)
  const attribution: Attribution = {
    who: who === '' ? UNKNOWN_SPEAKER : who,
    ...(role === '' ? {} : { role }),
    ...(sameSpeaker && suggested.where !== undefined ? { where: suggested.where } : {}),
    ...(sameSpeaker && suggested.when !== undefined ? { when: suggested.when } : {}),
  }
  const figures: Figure[] = (draft.suggestion?.figures ?? []).filter((figure) =>
    text.includes(figure.raw),
  )
  return {
    claim: {
      text,
      quote: draft.quote,
      attribution,
      kind: fields.kind,
      ...(figures.length === 0 ? {} : { figures }),
    },
  }
}
