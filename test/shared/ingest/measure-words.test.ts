import { describe, expect, it } from 'vitest'
import {
  aroundFigure,
  keysAroundFigure,
  measureKeys,
} from '../../../src/shared/ingest/measure-words'
import { rulesFor } from '../../../src/shared/ingest/rules'
import { replacingWordsFor } from '../../../src/shared/ingest/rules/replacing'

/**
 * `keysAroundFigure` reads a claim's words once and answers for each of its figures what
 * `measureKeys` says of the words in `aroundFigure`'s window: the same keys, kept per claim.
 * Every sentence is invented.
 */
describe('keys around a figure', () => {
  const cases: [string, string, string][] = [
    [
      'en',
      'Missing now 6, said the Kelmer coastguard, after 14 boats returned to port.',
      '14 boats',
    ],
    [
      'en',
      'The Wendlow trust said 1,412 patients had waited longer than a year for surgery.',
      '1,412',
    ],
    [
      'fr',
      'La préfecture du Val-Sorne faisait état de 310 000 canards euthanasiés lundi.',
      '310 000',
    ],
    ['fr', 'Le taux de participation s’établit à 58,4 %, selon la commune de Varolle.', '58,4'],
  ]

  it.each(cases)(
    'in %s, gives what measureKeys gives for the window: %s',
    (language, text, raw) => {
      const rules = rulesFor(language)
      const replacing = replacingWordsFor(language)!
      const start = 1000
      const claim = { text, start }
      const at = text.indexOf(raw)
      const figure = { start: start + at, end: start + at + raw.length }
      const window = aroundFigure(text, start, figure)
      const expected = measureKeys(text, start, rules, replacing, window)
      expect([...keysAroundFigure(claim, figure, rules, replacing)].sort()).toEqual(
        [...expected].sort(),
      )
      expect(expected.size).toBeGreaterThan(0)
      // Asked again, the same answer, kept.
      expect(keysAroundFigure(claim, figure, rules, replacing)).toBe(
        keysAroundFigure(claim, figure, rules, replacing),
      )
    },
  )
})
