import type { Range, Speaker } from '../noun-phrases'
import type { ReferentType } from '../rules'
import type { Context } from '../subject'
import { venueOf } from '../venue'
import { definiteHead } from './definite-description'
import type { CuedSpeaker } from './found'
import { ownerSpeaks } from './owner-speaks'
import { ownSubjectName, possessiveHolder } from './role-referents'
import { speakerFound } from './speaker-found'
import { whenSaid } from './when-said'

/**
 * Who a sentence says made its claim, as far as the sentence itself tells: a named speaker, a
 * pronoun for the discourse to resolve, or "the group" (a definite description to resolve).
 */
export interface AttributionDraft {
  readonly speaker?: Speaker
  readonly pronoun?: string
  /** The head noun of "the group said", matched later against earlier names and roles. */
  readonly definite?: string
  /** A speaker naming itself in its quote: "We at the Green Valley Front deny ...". */
  readonly selfNamed?: Speaker
  readonly where?: string
  readonly when?: string
  readonly cues: string[]
  /** Token range of the speaker phrase, so it is not mistaken for a mention of someone else. */
  readonly range?: Range
  /** "Its spokesperson": what the possessive refers to, whose role the speaker holds. */
  readonly holderOf?: ReferentType
  /**
   * "Valtram a revu son estimation …, selon un porte-parole de l'entreprise": the sentence's own
   * subject when it is a name, which "the company" in the speaker's role may stand for.
   */
  readonly subjectName?: string
  /**
   * "The emergency management office put the number … at 7,500": a definite subject that is
   * the speaker only if the story named the organisation before.
   */
  readonly ifNamedBefore?: boolean
  /** "The same report found …": the source of the document the story cited just before. */
  readonly sameSource?: boolean
}

/** The draft for a speaker a cue found, and a speaker naming itself in the quote if any. */
export const draftOf = (
  ctx: Context,
  cued: CuedSpeaker,
  self: Speaker | undefined,
): AttributionDraft => {
  const { tokens, rules } = ctx
  const found = ownerSpeaks(ctx, cued.found)
  const speaker = speakerFound(ctx, found)
  const definite = found.range === undefined ? undefined : definiteHead(rules, tokens, found.range)
  const when = whenSaid(ctx, found, cued.verbAt)
  const where = venueOf(ctx, cued.verbAt, cued.verb)
  // One literal, parts that are absent left undefined: a draft is read field by field, never
  // listed or copied, and spreading each optional part cost ten times as much.
  return {
    speaker,
    pronoun: found.pronoun,
    definite,
    selfNamed: self,
    where,
    when,
    range: found.range,
    cues: [cued.cue],
    holderOf: possessiveHolder(ctx, found.range),
    ifNamedBefore: cued.ifNamedBefore,
    subjectName: speaker === undefined ? undefined : ownSubjectName(ctx, speaker, found.range),
  }
}
