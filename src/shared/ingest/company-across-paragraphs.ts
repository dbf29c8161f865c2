import { companyBefore, isOtherKind } from './company-referent'
import type { SentenceBefore } from './company-referent'
import type { Resolved } from './discourse'
import { isNameWord, textOf } from './noun-phrases'
import type { Speaker } from './noun-phrases'
import type { LanguageRules } from './rules'

const isAllCapitals = (text: string): boolean => /^[\p{Lu}\d.&-]+$/u.test(text)

/**
 * The company a paragraph's last sentence leaves for "the company" in the next one: a name of two
 * words or more opening it ("Halvern Chemicals, a maker of coatings, employs 310 people."), no
 * organisation of another kind ("Authority", "Inspectorate"). Nothing else in that sentence: a
 * town or a place named further on is no company, and a dateline in capitals ("PORT CALDER,
 * Oct 14 (…)") is none either.
 */
const companyOpening = (
  before: SentenceBefore,
  source: string,
  rules: LanguageRules,
): Speaker | undefined => {
  const { tokens } = before
  let at = 0
  if (tokens[at] !== undefined && rules.determiners.has(tokens[at]!.lower)) at += 1
  let to = at
  while (to < tokens.length && isNameWord(tokens, to, rules)) {
    const token = tokens[to]!
    if (isOtherKind(token, rules) || isAllCapitals(token.text)) return undefined
    to += 1
  }
  // A possessive opens a description of the company's people, not the company speaking.
  if (to - at < 2 || /['’]s?$/u.test(tokens[to - 1]!.text) || /^['’]/u.test(tokens[to]?.text ?? ''))
    return undefined
  return { who: textOf(tokens, { from: at, to }, source), type: 'org', plural: false }
}

/**
 * "The company said …" with no company in the sentence before, in its paragraph. Two more places
 * name it: the company an earlier "the company" in the story was found to be, which a later one
 * goes on meaning, and, failing that, the paragraph before when its last sentence leaves one
 * (`companyOpening`).
 */
export class CompanyReferent {
  private last: Speaker | undefined

  resolve(
    resolved: Resolved,
    before: SentenceBefore | undefined,
    paragraph: number,
    source: string,
    rules: LanguageRules,
  ): Resolved {
    const speaker = resolved.speaker
    if (speaker === undefined || speaker.type !== 'org' || !rules.companyNouns.has(speaker.who))
      return resolved
    const found =
      companyBefore(speaker, before, paragraph, source, rules) ??
      this.last ??
      (before === undefined || before.paragraph === paragraph
        ? undefined
        : companyOpening(before, source, rules))
    if (found === undefined) return resolved
    const company: Speaker = { who: found.who, role: speaker.who, type: 'org', plural: false }
    this.last = company
    return {
      attribution: { ...resolved.attribution, who: company.who },
      speaker: company,
      cues: [...resolved.cues, `${resolved.attribution.who}→${company.who}`],
    }
  }
}
