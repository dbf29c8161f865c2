import { describe, expect, it } from 'vitest'
import { english, french, withText } from './invented-sentences'

/**
 * A bare figure stated as what "it is" or "was" ("It was 2,870," she says; « c'est 95
 * personnes ») answers the count stated just before it, when the two are near: one source's
 * number set against another's. When that count repeats an earlier one, the first to state it
 * is revised. A repeated figure, one far off, or one with a unit of its own links nothing.
 * Every name and number is invented.
 */
describe('a figure stated as what "it is"', () => {
  it('revises the near count just before it', () => {
    const claims = english(
      '"We had about 3,500 visitors at the fair last summer," said the organiser, Colm Teague.',
      '"It was 2,870," the treasurer, Ines Varga, says.',
    )
    expect(withText(claims, 'It was 2,870').revisionOf).toBe(
      claims.indexOf(withText(claims, 'about 3,500 visitors')),
    )
  })

  it('revises the first statement of a count repeated just before it', () => {
    const claims = english(
      'In May the Dunmore bakery chain announced it would cut 220 jobs.',
      'The bakery employs drivers and cleaners through agencies.',
      '"They say 220," says Teodor Hale, a union organiser.',
      '"Count the agency drivers and the cleaners and it is 290 people who lose their work."',
    )
    expect(withText(claims, '290 people').revisionOf).toBe(
      claims.indexOf(withText(claims, 'cut 220 jobs')),
    )
  })

  it('does the same in French', () => {
    const claims = french(
      "Selon la direction, l'atelier de Morvanne emploie 80 personnes.",
      '« En comptant les intérimaires, c’est 112 personnes », affirme le délégué syndical Luc Ferrat.',
    )
    expect(withText(claims, '112 personnes').revisionOf).toBe(
      claims.indexOf(withText(claims, '80 personnes')),
    )
  })

  it('links nothing for a figure repeated, far off, or with a unit of its own', () => {
    const repeated = english(
      '"We had about 3,500 visitors at the fair," said the organiser, Colm Teague.',
      '"It was 3,500," the treasurer, Ines Varga, says.',
    )
    expect(withText(repeated, 'It was 3,500').revisionOf).toBeUndefined()
    const far = english(
      '"We had about 3,500 visitors at the fair," said the organiser, Colm Teague.',
      '"It was 40, maybe," the treasurer, Ines Varga, says of the stalls.',
    )
    expect(withText(far, 'It was 40').revisionOf).toBeUndefined()
    const unit = english(
      '"The fair covered about 30 acres," said the organiser, Colm Teague.',
      '"It is 25 kilometres from the town," the treasurer, Ines Varga, says.',
    )
    expect(withText(unit, '25 kilometres').revisionOf).toBeUndefined()
  })
})
