import { describe, expect, it } from 'vitest'
import { french, withText } from './invented-sentences'

/**
 * "L'élu" describes a person by the kind of role they hold: the mayor, deputy mayor or member of
 * parliament the story named just before. Every name below is invented.
 */
describe('"l\'élu" after an elected person named with their role', () => {
  it('is the mayor named before, as the subject', () => {
    const claims = french(
      'Le maire de Vaudrenne, Armelle Quintard, a rappelé que la commune avait cédé 4 hectares en 2016.',
      'L’élue rappelle que la ville a déjà financé 3 logements pour les internes.',
    )
    expect(withText(claims, 'logements').attribution.who).toBe('Armelle Quintard')
  })

  it('is the mayor named before, after the verb', () => {
    const claims = french(
      'Le maire de Vaudrenne, Lucien Ormesson, a rappelé que la commune avait cédé 4 hectares en 2016.',
      '« Nous avons perdu 120 emplois en un an », a déclaré l’élu, qui affirme que l’usine avait promis de rester.',
    )
    expect(withText(claims, 'emplois').attribution.who).toBe('Lucien Ormesson')
  })

  it('is nobody when no elected person was named', () => {
    const claims = french(
      'Le directeur de l’usine, Lucien Ormesson, a rappelé que le site avait ouvert en 2016.',
      '« Nous avons perdu 120 emplois en un an », a déclaré l’élu, qui affirme que l’usine avait promis de rester.',
    )
    expect(withText(claims, 'emplois').attribution.who).not.toBe('Lucien Ormesson')
  })
})
