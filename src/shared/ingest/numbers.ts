import type { NumberRules } from './rules'
import type { Token } from './tokens'
import { phraseAt } from './tokens'
import { has } from './own'

/** A number read at some token: its value and where it ends (the index after its last token). */
export interface NumberRead {
  readonly value: number
  readonly next: number
  readonly spelled: boolean
  readonly vague: boolean
  /** Letters glued to digits that are not a multiplier ("km" in "15km", "rd" in "3rd"). */
  readonly suffix: string
}

const DIGITS = /^(\d{1,3}(?: \d{3})+|\d+(?:[.,]\d+)*)(\p{L}*)$/u

/** "1,200" → 1200, "2.5" → 2.5, "58,4" → 58.4, "1.200.000" → 1200000; null for times such as "10:30". */
/** Arabic-Indic and Eastern Arabic-Indic digits and separators as ASCII: "١٢" → "12". */
export const asciiDigits = (text: string): string =>
  text.replace(/[\u0660-\u0669\u06F0-\u06F9\u066B\u066C]/g, (char) => {
    const code = char.charCodeAt(0)
    if (code === 0x066b) return '.'
    if (code === 0x066c) return ','
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660)
  })

export const parseDigits = (text: string): { value: number; suffix: string } | null => {
  const match = DIGITS.exec(/[\u0660-\u06F9]/.test(text) ? asciiDigits(text) : text)
  if (match === null) return null
  const body = match[1]!
  let value: number
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(body)) value = Number(body.replace(/,/g, ''))
  else if (/^\d{1,3}(?: \d{3})+$/.test(body)) value = Number(body.replace(/ /g, ''))
  else if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(body)) value = Number(body.replace(/\./g, ''))
  else if (/^\d+(?:\.\d+)?$/.test(body)) value = Number(body)
  // A decimal comma, as French and most of Europe write it: "58,4 %", "6,40 mètres". Three
  // digits after the comma stay a thousands group ("1,500"), as the first pattern reads them.
  else if (/^\d+,(?:\d{1,2}|\d{4,})$/.test(body)) value = Number(body.replace(',', '.'))
  else return null
  return Number.isFinite(value) ? { value, suffix: match[2]!.toLowerCase() } : null
}

const spelledParts = (token: Token | undefined): string[] | null => {
  if (token === undefined || token.kind !== 'word') return null
  return token.lower.split(/[-‐‑]/)
}

/** Spelled-out numbers: "three million", "twenty-five", "one hundred and twelve", "a dozen". */
const readSpelled = (
  tokens: readonly Token[],
  at: number,
  rules: NumberRules,
): NumberRead | null => {
  let total = 0
  let current = 0
  let used = false
  let i = at
  const isNumberWord = (word: string): boolean =>
    has(rules.units, word) || has(rules.tens, word) || has(rules.multipliers, word)
  while (i < tokens.length) {
    const token = tokens[i]!
    const parts = spelledParts(token)
    if (parts === null) break
    if (!used && (token.lower === 'a' || token.lower === 'an')) {
      const following = tokens[i + 1]?.lower ?? ''
      if (following === 'dozen' || (has(rules.multipliers, following) && following.length > 2)) {
        current = 1
        i += 1
        continue
      }
      break
    }
    if (
      used &&
      token.lower === 'and' &&
      isNumberWord(tokens[i + 1]?.lower ?? '') &&
      current >= 100
    ) {
      i += 1
      continue
    }
    if (!parts.every((part) => isNumberWord(part))) break
    let ok = true
    for (const part of parts) {
      if (part === 'dozen') current = (current || 1) * 12
      else if (part === 'hundred') current = (current || 1) * 100
      else if (has(rules.units, part)) current += rules.units[part]!
      else if (has(rules.tens, part)) current += rules.tens[part]!
      else if (part.length > 2 && has(rules.multipliers, part)) {
        total += (current || 1) * rules.multipliers[part]!
        current = 0
      } else ok = false
    }
    if (!ok) break
    used = true
    i += 1
  }
  if (!used) return null
  return { value: total + current, next: i, spelled: true, vague: false, suffix: '' }
}

/** The number starting at token `at`, in digits, words or as a vague amount ("scores of"). */
export const readNumber = (
  tokens: readonly Token[],
  at: number,
  rules: NumberRules,
): NumberRead | null => {
  const vague = rules.vague.find(([phrase]) => phraseAt(tokens, at, [phrase]) !== null)
  if (vague !== undefined) {
    return { value: vague[1], next: at + vague[0].length, spelled: true, vague: true, suffix: '' }
  }
  const token = tokens[at]
  if (token === undefined) return null
  if (token.kind === 'number') {
    const digits = parseDigits(token.text)
    if (digits === null) return null
    let value = digits.value
    let suffix = digits.suffix
    // "5m" is millions only after a currency sign; the caller decides ("100m" may be metres).
    if (suffix !== 'm' && has(rules.multipliers, suffix)) {
      value *= rules.multipliers[suffix]!
      suffix = ''
    }
    let next = at + 1
    const word = tokens[next]?.lower ?? ''
    if (suffix === '' && word.length > 2 && has(rules.multipliers, word)) {
      value *= rules.multipliers[word]!
      next += 1
    }
    return { value, next, spelled: false, vague: false, suffix }
  }
  return readSpelled(tokens, at, rules)
}
