import { describe, expect, it } from 'vitest'
import { english, french, withText } from './invented-sentences'

/**
 * The same people counted again in the same passive shape ("N people had been evacuated",
 * later "N people have been evacuated"), by another official and with no word saying it
 * revises anything: the later count replaces the earlier one. Nouns alone ("staff", "homes")
 * and the dead are not enough, and a figure merely repeated is no revision. Every name and
 * number is invented.
 */
describe('a passive count stated again with another figure', () => {
  it('links each later count to the one before it, whoever gives it', () => {
    const claims = english(
      'By noon about 800 people had been evacuated from Harlow Mead, according to Tessa Grandry, the council emergency officer.',
      'The Fenby fire service said its crews had checked every street along the canal.',
      '"Counting those who went to family, we think roughly 1,700 people have been evacuated," said station manager Idris Cole.',
      'Late in the evening the council leader, Paul Orrin, said 2,250 people had been evacuated.',
    )
    const first = claims.indexOf(withText(claims, 'about 800 people'))
    const second = claims.indexOf(withText(claims, 'roughly 1,700 people'))
    expect(claims[second]!.revisionOf).toBe(first)
    expect(withText(claims, '2,250 people').revisionOf).toBe(second)
  })

  it('links a French count of the same participle, whatever its agreement', () => {
    const claims = french(
      'Selon la préfecture, 600 personnes ont été évacuées dans la nuit à Morlanges.',
      'Le maire, Hugues Tavernier, a indiqué que 950 habitants avaient été évacués au total.',
    )
    expect(withText(claims, '950 habitants').revisionOf).toBe(
      claims.indexOf(withText(claims, '600 personnes')),
    )
  })

  it('links nothing for the same figure repeated, for nouns alone or for the dead', () => {
    const repeated = english(
      'About 800 people had been evacuated from Harlow Mead, the council said.',
      'Police said 800 people had been evacuated from the estate.',
    )
    expect(withText(repeated, 'Police said 800').revisionOf).toBeUndefined()
    const nouns = english(
      'The depot employs 420 drivers, the operator said.',
      'Union officials said 35 drivers were on sick leave.',
    )
    expect(withText(nouns, '35 drivers').revisionOf).toBeUndefined()
    const dead = english(
      'Nine people were killed when the Harlow Mead bridge collapsed, police said.',
      'It was the worst collapse in the county since 1974, when 23 people were killed at Ostwick.',
    )
    expect(withText(dead, '23 people').revisionOf).toBeUndefined()
  })
})
