import { describe, expect, it } from 'vitest'
import { english, withText } from './invented-sentences'

/**
 * A title or rank straight before a name ("Harbour director Ilse Marrow", "Watch Manager Dov
 * Penhale of the … Service"): the name is the person, who speaks and whom a later "he" or "she"
 * stands for, even when the sentence that names them makes no claim. Every name is invented.
 */
describe('a title or rank before a name', () => {
  it('gives a later "she" the titled person a sentence introduced, not an earlier speaker', () => {
    const claims = english(
      'A ferry company spokesman said 3 sailings had been cancelled.',
      'Harbour director Ilse Marrow has spoken to reporters on the quay. She insisted the pier had passed 2 inspections this year.',
    )
    expect(withText(claims, '2 inspections').attribution.who).toBe('Ilse Marrow')
  })

  it('reads the same after a live blog’s bare clock time', () => {
    const claims = english(
      'Mara Dunn, who runs the lifeboat station, said 5 people had been brought ashore.',
      '14:10 Inspector Tomas Vell of Brackley Police has briefed the press. Nobody had been arrested, he said, and 2 roads were still closed.',
    )
    expect(withText(claims, '2 roads').attribution.who).toBe('Tomas Vell')
  })

  it('reads a rank no table holds, a name and "of" as the named person', () => {
    const claims = english(
      'Watch Manager Dov Penhale of the Orrin Fire and Rescue Service told reporters that 40 homes had been evacuated. Penhale said the blaze was "under control" by 6 a.m.',
    )
    expect(withText(claims, '40 homes').attribution.who).toBe('Dov Penhale')
    expect(withText(claims, 'under control').attribution.who).toBe('Dov Penhale')
  })
})
