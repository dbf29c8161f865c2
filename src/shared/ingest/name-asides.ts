import type { Tokens } from './subject'
import type { Token } from './tokens'

/** Words a bracketed aside after a name may hold: "(divers gauche)", "(sans étiquette)". */
const MAX_ASIDE_WORDS = 4

/** The index of the ")" closing a short aside of lowercase words opened at `open`, or -1. */
const asideClose = (tokens: Tokens, open: number): number => {
  let at = open + 1
  while (at < tokens.length && at <= open + MAX_ASIDE_WORDS) {
    const token = tokens[at]!
    if (token.kind !== 'word' || token.capital || token.inQuote) break
    at += 1
  }
  return at > open + 1 && tokens[at]?.text === ')' ? at : -1
}

/**
 * "Le maire de Vernac, Odile Fermat (divers gauche), a estimé", "L'élu (sans étiquette)
 * rappelle": a party label or qualifier in brackets after a speaker, in lowercase words only,
 * stands between the speaker and the comma or verb that reads them. The tokens without it, for
 * reading who speaks; an acronym ("(SDIS)"), a year or anything capitalised stays, since names
 * are built with those. One pass; the same array back when there is no such aside.
 */
export const withoutNameAsides = (tokens: Tokens): Tokens => {
  let result: Token[] | undefined
  for (let at = 0; at < tokens.length; at += 1) {
    const token = tokens[at]!
    const close =
      token.text === '(' && !token.inQuote && at > 0 && tokens[at - 1]!.kind === 'word'
        ? asideClose(tokens, at)
        : -1
    if (close >= 0) {
      result ??= tokens.slice(0, at)
      at = close
    } else result?.push(token)
  }
  return result ?? tokens
}
