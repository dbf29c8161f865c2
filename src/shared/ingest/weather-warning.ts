import type { LanguageRules } from './rules'
import type { Token } from './tokens'
import { set } from './rules/words'

/**
 * "The office had put the district under an orange rain warning on Thursday", "has extended its
 * amber wind warning until 4pm", "Météo-France a levé la vigilance orange": a coloured warning an
 * agency issued, extended or lifted is on the agency's record, with its time, and a desk checks
 * it there. The colour is what makes it an official level, not a word of advice ("a warning to
 * residents").
 */

interface WarningWords {
  readonly colours: ReadonlySet<string>
  readonly warnings: ReadonlySet<string>
  /** English puts the colour first ("amber wind warning"), French after ("vigilance orange"). */
  readonly colourFirst: boolean
}

const WARNINGS: Readonly<Record<string, WarningWords>> = {
  en: {
    colours: set('red amber orange yellow'),
    warnings: set('warning warnings alert alerts'),
    colourFirst: true,
  },
  fr: {
    colours: set('rouge rouges orange jaune jaunes'),
    warnings: set('vigilance alerte'),
    colourFirst: false,
  },
}

/** Words between the colour and "warning": "wind", "rain", "weather". */
const BETWEEN = 1

export const colouredWarning = (tokens: readonly Token[], rules: LanguageRules): boolean => {
  const lexicon = WARNINGS[rules.language]
  if (lexicon === undefined) return false
  return tokens.some((token, at) => {
    if (token.inQuote || !lexicon.warnings.has(token.lower)) return false
    const around = lexicon.colourFirst
      ? tokens.slice(Math.max(0, at - BETWEEN - 1), at)
      : tokens.slice(at + 1, at + BETWEEN + 2)
    return around.some((word) => word.kind === 'word' && lexicon.colours.has(word.lower))
  })
}
