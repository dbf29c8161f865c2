import { findAttribution } from '../attribution'
import type { AttributionDraft } from '../attribution'
import { passiveRevision } from '../revisions'
import type { LanguageRules } from '../rules'
import { withSameSource } from '../same-source'
import type { ReadSentence } from './read-sentence'

/** Whether the sentence states a revision, a denial or an accusation: a claim of its subject's. */
const claimsOfItsOwn = (read: ReadSentence): boolean =>
  read.revisions.length > 0 || read.signals.denial.length > 0 || read.signals.blame.length > 0

/**
 * "On Wednesday morning the agency revised its figures. It later lowered the toll to 15": the
 * subject of a revision without a figure is who the next "it" is, but states nothing.
 */
export const revisesOnly = (read: ReadSentence, rules: LanguageRules): boolean => {
  const unquoted = (words: ReadonlySet<string>): boolean =>
    read.tokens.some((token) => !token.inQuote && words.has(token.lower))
  return !claimsOfItsOwn(read) && unquoted(rules.revision.verbs) && unquoted(rules.revision.nouns)
}

/** The attribution the sentence states itself, before the discourse resolves it. */
export const statedAttribution = (
  read: ReadSentence,
  onlyRevises: boolean,
  source: string,
  rules: LanguageRules,
): AttributionDraft | null => {
  const { sentence, speakerTokens, figures, revisions, signals } = read
  // "The meeting has been moved to Friday": the subject of a passive revision is what moved.
  const revisedBy =
    signals.denial.length > 0 || signals.blame.length > 0 || !passiveRevision(revisions, rules)
  return withSameSource(
    findAttribution(speakerTokens, sentence, source, rules, {
      subjectSpeaks:
        (claimsOfItsOwn(read) && revisedBy) || onlyRevises || revisedBeforeColon(read, rules),
      documentSpeaks: figures.some((figure) => figure.trigger),
    }),
    speakerTokens,
    rules,
  )
}

/**
 * « Elle a corrigé ce montant : les derniers décomptes porteront la facture à 5,4 millions »,
 * "Northline has updated its figure: …": what follows a colon after a verb of revision is what
 * the subject revised it to, so the subject states it.
 */
const revisedBeforeColon = (read: ReadSentence, rules: LanguageRules): boolean => {
  const colon = read.tokens.findIndex((token) => token.text === ':' && !token.inQuote)
  if (colon < 0 || read.figures.every((figure) => figure.first < colon)) return false
  return read.tokens
    .slice(0, colon)
    .some((token) => !token.inQuote && rules.revision.verbs.has(token.lower))
}
