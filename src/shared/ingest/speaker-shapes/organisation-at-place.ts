import { phraseBefore, speakerOf } from '../noun-phrases'
import type { Range } from '../noun-phrases'
import type { Context } from '../subject'

/** The words that place an organisation rather than name a part of it. */
const PLACING: ReadonlySet<string> = new Set(['at', 'in'])

/**
 * "The Institute for Marine Research at Port Ellery put that figure at …": the name before the
 * verb is where the organisation is, and the organisation speaks. `phrase` is the name read back
 * from the verb; the organisation's name, capitalised, must end right before "at" or "in".
 */
export const organisationAtPlace = (ctx: Context, phrase: Range): Range | null => {
  const { tokens, rules, source } = ctx
  const placing = tokens[phrase.from - 1]
  if (placing === undefined || placing.inQuote || !PLACING.has(placing.lower)) return null
  if (!tokens[phrase.from]!.capital) return null
  const organisation = phraseBefore(tokens, phrase.from - 1, rules)
  if (organisation === null || !tokens[organisation.from]!.capital) return null
  const speaker = speakerOf(tokens, organisation, source, rules)
  return speaker.type === 'org' && !speaker.plural ? organisation : null
}
