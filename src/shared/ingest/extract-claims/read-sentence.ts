import { signalsOf } from '../classify'
import type { SentenceSignals } from '../classify'
import { withCountedUnits } from '../counted'
import { findFigures } from '../figures'
import type { FoundFigure } from '../figures'
import { withoutNameAsides } from '../name-asides'
import { findRevisions } from '../revisions'
import type { Revision } from '../revisions'
import type { LanguageRules } from '../rules'
import type { Sentence } from '../sentences'
import { tokenize } from '../tokens'
import type { Token } from '../tokens'

/** A sentence as the extractor reads it: its words and the figures, revisions, signals in them. */
export interface ReadSentence {
  readonly sentence: Sentence
  readonly index: number
  readonly tokens: readonly Token[]
  /** "Odile Fermat (divers gauche), a estimé": who speaks is read past a bracketed party label. */
  readonly speakerTokens: readonly Token[]
  readonly figures: readonly FoundFigure[]
  readonly revisions: readonly Revision[]
  readonly signals: SentenceSignals
}

export const readSentence = (
  sentence: Sentence,
  index: number,
  source: string,
  rules: LanguageRules,
): ReadSentence => {
  const tokens = tokenize(sentence.text, sentence.start, rules.numbers.spacedDigits)
  const figures = withCountedUnits(tokens, findFigures(tokens, source, rules), rules)
  const revisions = findRevisions(tokens, figures, source, rules)
  const signals = signalsOf(tokens, rules)
  const speakerTokens = withoutNameAsides(tokens)
  return { sentence, index, tokens, speakerTokens, figures, revisions, signals }
}
