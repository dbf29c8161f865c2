/**
 * Head nouns: what a name or a role says someone or something is, so "the ministry" finds the
 * "Ministry of Health" and "the trust" is not taken for "the trust's chief executive".
 */

export const lastWord = (text: string): string =>
  text.slice(text.lastIndexOf(' ') + 1).toLowerCase()

/** The head noun of an organisation's name: its last word, or its first in French. */
export const headOf = (who: string, headFirst: boolean): string =>
  headFirst ? who.split(' ')[0]!.toLowerCase() : lastWord(who)

/**
 * What a role says someone is, its head noun: "executive" in "the trust's chief executive",
 * "chief executive of the trust" or "Trust executive", so "the trust" is not taken for its
 * chief executive (the last word in English, the first in French).
 */
export const roleHead = (role: string, headFirst: boolean): string => {
  const words = role
    .replace(/^.*['’]s\s+/u, '')
    .split(/\s(?:of|for|at|de|du|des|d['’])\s?/u)[0]!
    .split(/\s+/u)
  return (headFirst ? words[0] : words[words.length - 1]) ?? ''
}
