import type { LanguageRules } from '../rules'

/** Letters of a word that name it in any form: "kill" for "killed" and "killing". */
const STEM = 4

/** Stems by language and unit, worked out once: this runs for every revision in a story. */
const STEMS = new Map<string, readonly string[] | undefined>()

/** The stems of the kind of count a unit belongs to ("dead": kill, dead, died, deat, …). */
export const familyStems = (unit: string, rules: LanguageRules): readonly string[] | undefined => {
  const key = `${rules.language} ${unit}`
  if (STEMS.has(key)) return STEMS.get(key)
  const family = rules.unitFamilies.find((members) => members.includes(unit))
  const stems = family?.map((member) => member.slice(0, STEM))
  STEMS.set(key, stems)
  return stems
}

/**
 * What a revision names as revised, when it is a noun of its own: "budget" in "raised the
 * arena's budget to", "cost" in "put up the cost to"; not "the figure", "the toll" or any other
 * word that takes its meaning from what it revises, and not a unit ("households"), which the
 * count look-ups read already. Plain letters only, so it can stand in a pattern.
 */
export const revisedObject = (cue: string, rules: LanguageRules): string | undefined => {
  const words = cue.toLowerCase().split(/\s+/u)
  if (words[words.length - 1] !== rules.revision.to) return undefined
  const noun = words[words.length - 2]
  if (noun === undefined || !/^\p{Ll}{4,}$/u.test(noun)) return undefined
  if (rules.revision.nouns.has(noun) || rules.countNouns.has(noun)) return undefined
  if (rules.revision.verbs.has(noun) || rules.revision.directions.has(noun)) return undefined
  if (rules.revision.fillers.has(noun) || rules.determiners.has(noun)) return undefined
  return noun
}
