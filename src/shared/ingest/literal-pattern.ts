/** Text to match as it is inside a regular expression: its special characters escaped. */
export const literally = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Any of `words` as a whole word, in any case: no letter either side ("said" in "he said," and
 * not in "unsaid"). Made once per word list by its callers.
 */
export const anyWholeWord = (words: Iterable<string>): RegExp =>
  new RegExp(`(?<!\\p{L})(?:${[...words].map(literally).join('|')})(?!\\p{L})`, 'iu')
