import { isNameWord, speakerOf } from './noun-phrases'
import type { Range, Speaker } from './noun-phrases'
import type { LanguageRules } from './rules'
import type { Tokens } from './subject'

/**
 * "Festival director Caspar Lindqvist-Hale has spoken to reporters", "Superintendent Howard Ng
 * of Eastmarch Police has given a briefing": a subject that is a title or rank and a person's
 * name introduces that person, as a bare name would, so a later "he" or "she" finds them rather
 * than whoever spoke before. The name is read as a speaker phrase is ("Festival director" and
 * "of Eastmarch Police" are the role); only a phrase read as a titled person counts.
 */
export const titledSubject = (
  tokens: Tokens,
  subject: Range,
  source: string,
  rules: LanguageRules,
): Speaker | null => {
  // A title and a name of two words at least: three tokens, and a name word among the last.
  if (subject.to - subject.from < 3) return null
  let names = 0
  for (let at = subject.from; at < subject.to; at += 1)
    if (isNameWord(tokens, at, rules)) names += 1
  if (names < 2) return null
  const speaker = speakerOf(tokens, subject, source, rules)
  if (speaker.type !== 'person' || speaker.role === undefined || speaker.plural) return null
  // The name itself: capitalised words only ("Howard Ng", not "the festival's director").
  return /^\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’.-]*)+$/u.test(speaker.who) ? speaker : null
}
