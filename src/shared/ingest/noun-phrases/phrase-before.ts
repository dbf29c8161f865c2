import type { LanguageRules } from '../rules'
import type { Range, Tokens } from './range'
import { trim } from './trim'
import { isBody, isDescribing, isDeterminer, isHead, isParticle, isWord } from './word-classes'

/** Words, a name among them, between "the" and the noun they describe, read leftwards. */
const DESCRIBED_BY = 4

/** The speaker phrase ending just before token `end`, read leftwards. */
export const phraseBefore = (tokens: Tokens, end: number, rules: LanguageRules): Range | null => {
  if (!isHead(tokens, end - 1, rules)) return null
  let from = end
  while (from > 0) {
    const at = from - 1
    if (isDeterminer(tokens[at], rules)) {
      // "local media and a monitor", "Office for the Coordination": the phrase goes on.
      if (isParticle(tokens[at - 1], rules) && isBody(tokens, at - 2, rules)) {
        from -= 2
        continue
      }
      from -= 1
      break
    }
    if (isBody(tokens, at, rules)) {
      from -= 1
      continue
    }
    // A particle joins two parts of one name: "Ministry of Health", "Maric and Ruus".
    if (isParticle(tokens[at], rules) && isBody(tokens, at - 1, rules)) {
      from -= 1
      continue
    }
    break
  }
  // "the national water agency": a few plain words between "the" and a speaker noun describe it.
  const opening = tokens[from]
  if (from > 0 && isWord(opening) && !opening.capital && !isDeterminer(opening, rules)) {
    // "…, county officials told us": plural people a plain word describes, after a comma.
    const people = from === end - 1 && rules.pluralSpeakerNouns.has(opening.lower)
    for (let back = from - 1; back >= Math.max(0, from - 1 - DESCRIBED_BY); back -= 1) {
      const token = tokens[back]!
      if (isDeterminer(token, rules)) {
        from = back
        break
      }
      if (people && token.text === ',' && back < from - 1) {
        from = back + 1
        break
      }
      // "the Veltmark provincial disaster management agency": a name may describe it too.
      const named = isWord(token) && token.capital && back > 0
      if (!named && !isDescribing(token, rules)) break
    }
  }
  return trim(tokens, { from, to: end }, rules)
}
