import { describe, expect, it } from 'vitest'
import { french, withText } from './invented-sentences'

/**
 * "Joint par téléphone, il affirme …": a participle opening the sentence says how the speaker was
 * reached, and names nobody; the pronoun after it goes back to the person named before, as after
 * "Interrogé" or "Contactée". Every name below is invented.
 */
describe('"Joint" opening a French sentence', () => {
  it('is no name: the pronoun after it is the person named before', () => {
    const claims = french(
      'Le gérant du port, Armand Quéré, a reconnu que 40 bateaux étaient amarrés.',
      'Joint par téléphone, il affirme avoir prévenu 12 équipages avant minuit.',
    )
    expect(withText(claims, 'équipages').attribution.who).toBe('Armand Quéré')
  })

  it('is no name in the feminine either', () => {
    const claims = french(
      'La directrice de l’école, Maëlle Darrigrand, a confirmé que 3 classes étaient fermées.',
      'Jointe jeudi, elle assure que 80 élèves ont été accueillis ailleurs.',
    )
    expect(withText(claims, 'élèves').attribution.who).toBe('Maëlle Darrigrand')
  })
})
