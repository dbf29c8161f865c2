import { describe, expect, it } from 'vitest'
import { english, french, withText } from './invented-sentences'

/**
 * A revision given only a direction ("revu à la hausse", "revue à la baisse"), its new figure
 * stated later in the sentence in words of its own (in a relative clause, after a colon, in a
 * quotation), revises the earlier claim that counted the same thing. Every name and number is
 * invented.
 */
describe('a revision in a direction, its figure later in the sentence', () => {
  it('links a French count in a relative clause to the earlier count', () => {
    const claims = french(
      'Mardi, la direction de la clinique de Vorlanges avait annoncé que 14 lits de réanimation étaient fermés.',
      "Ce chiffre a été revu à la hausse mercredi par l'inspection régionale, qui a compté 22 lits fermés.",
    )
    expect(withText(claims, '22 lits').revisionOf).toBe(claims.indexOf(withText(claims, '14 lits')))
  })

  it('links a figure quoted after a feminine participle ("revue à la baisse")', () => {
    const claims = french(
      'La communauté de communes a chiffré lundi les dégâts sur les routes à 9 millions d’euros.',
      "Une estimation aussitôt revue à la baisse par le vice-président, Marc Dolent, qui parle plutôt « d'environ 6 millions d'euros ».",
    )
    expect(withText(claims, '6 millions').revisionOf).toBe(
      claims.indexOf(withText(claims, '9 millions')),
    )
  })

  it('links nothing for "cut down" or "set up", which name no direction of a revision', () => {
    const claims = english(
      'The Brayford parks office said 120 trees had been planted last spring.',
      'Contractors cut down the old fence and said that 40 trees had been damaged.',
    )
    expect(withText(claims, '40 trees').revisionOf).toBeUndefined()
  })
})
