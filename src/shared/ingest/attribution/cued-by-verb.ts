import { textOf } from '../noun-phrases'
import { organisationPart } from '../organisation-part'
import { has } from '../own'
import type { LanguageRules, SpeechVerb } from '../rules'
import type { Context, Tokens } from '../subject'
import { DEFINITE_ARTICLES } from './definite-description'
import type { CuedSpeaker, Found } from './found'
import { speakerOfVerb } from './speaker-of-verb'
import { usedAsVerb } from './speech-verb-use'

/** The first speech verb outside quotation marks whose words around it name a speaker. */
export const cuedByVerb = (ctx: Context): CuedSpeaker | null => {
  const { tokens, rules } = ctx
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!
    if (token.inQuote || token.kind !== 'word' || !has(rules.speechVerbs, token.lower)) continue
    const verb = rules.speechVerbs[token.lower]!
    if (!usedAsVerb(ctx, i, verb)) continue
    const spoken = speakerOfVerb(ctx, i, verb)
    if (spoken === null) continue
    const found = withOrganisationPart(ctx, spoken)
    const cued = {
      found,
      cue: token.lower,
      verbAt: i,
      verb,
      ifNamedBefore: describedEstimate(tokens, rules, verb, found),
    }
    // "The survey … found that …, the council said in a statement": who reports the finding.
    return verb.afterSource === true ? (reportedAfter(ctx, i) ?? cued) : cued
  }
  return null
}

/**
 * A speech verb after `from` that closes the sentence with its speaker after a comma ("…, the
 * council said", "…, it added"), if any.
 */
const reportedAfter = (ctx: Context, from: number): CuedSpeaker | null => {
  const { tokens, rules } = ctx
  for (let i = from + 1; i < tokens.length; i += 1) {
    const token = tokens[i]!
    if (token.inQuote || token.kind !== 'word' || !has(rules.speechVerbs, token.lower)) continue
    const verb = rules.speechVerbs[token.lower]!
    if (verb.afterSource === true || !usedAsVerb(ctx, i, verb)) continue
    const spoken = speakerOfVerb(ctx, i, verb)
    const start = spoken?.range?.from ?? (spoken?.pronoun === undefined ? -1 : i - 1)
    if (spoken === null || start < 1 || tokens[start - 1]!.text !== ',') continue
    return { found: spoken, cue: token.lower, verbAt: i, verb, ifNamedBefore: false }
  }
  return null
}

/**
 * "La direction du fabricant de radiateurs Calvérine a confirmé": Calvérine, its direction the
 * role, so a later "la direction" finds it.
 */
const withOrganisationPart = (ctx: Context, found: Found): Found => {
  if (found.range === undefined || found.role !== undefined) return found
  const split = organisationPart(ctx.tokens, found.range, ctx.rules)
  return split === null
    ? found
    : { range: split.name, role: textOf(ctx.tokens, split.part, ctx.source) }
}

/**
 * "The harbour office put the number of boats lost at 75": an estimate by an organisation
 * described, not named, is its claim only if the story named it before; a group of people
 * ("the assessors put the shortfall at …") needs no name, nor does a public authority ("the
 * health ministry put the total at 171"), nor a document ("the audit report puts …").
 */
const describedEstimate = (
  tokens: Tokens,
  rules: LanguageRules,
  verb: SpeechVerb,
  found: Found,
): boolean =>
  verb.valuesAt === true &&
  found.range !== undefined &&
  DEFINITE_ARTICLES.has(tokens[found.range.from]!.lower) &&
  !tokens[found.range.to - 1]!.lower.endsWith('s') &&
  !rules.pluralSpeakerNouns.has(tokens[found.range.to - 1]!.lower) &&
  !rules.authorityNouns.has(tokens[found.range.to - 1]!.lower) &&
  // "The audit report puts that number at 112": a document states its own figure.
  !rules.documentNouns.has(tokens[found.range.to - 1]!.lower)
