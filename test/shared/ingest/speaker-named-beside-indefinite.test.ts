import { describe, expect, it } from 'vitest'
import { english, withText } from './invented-sentences'

/**
 * A feature introduces a person by name and, in the same sentence, an indefinite noun that is
 * no one else: their description ("Ilse Marrow, a former ferry pilot who now keeps
 * bees, …") or a likeness ("… mending nets as gently as a woman rocking a cradle"). The next "he
 * says" is the named person, not an unnamed "pilot" or "woman". Someone unnamed introduced on
 * their own ("spoke to a woman who …") still is the unnamed speaker. Every name is invented.
 */
describe('a named person with an indefinite noun in the same sentence', () => {
  it('keeps the named person for "he says" when a likeness follows the name', () => {
    const claims = english(
      'Tomas Verhage sits on the harbour wall, mending nets as gently as a woman rocking a cradle.',
      '"They told us 120 boats," he says.',
    )
    expect(withText(claims, '120 boats').attribution.who).toBe('Tomas Verhage')
  })

  it('keeps the named person when the indefinite is their own description', () => {
    const claims = english(
      'Ilse Marrow, a former ferry pilot who now keeps bees above the quay, has kept every timetable since 1990.',
      '"The crossing took 40 minutes then," she says.',
    )
    expect(withText(claims, '40 minutes').attribution.who).toBe('Ilse Marrow')
  })

  it('still makes someone introduced on their own an unnamed speaker', () => {
    const claims = english(
      'At the quay we spoke to a woman who has sold fish there for decades.',
      '"We lost 30 stalls in a year," she says.',
    )
    expect(withText(claims, '30 stalls').attribution.who).toBe('unnamed speaker')
  })
})
