import { describe, expect, it } from 'vitest'
import { english, french, withText } from './invented-sentences'

/**
 * "La direction du fabricant de jouets Ortalis a confirmé …": the company named at the end is the
 * speaker, and the organisation word that opens the subject ("direction", "board") is the part of
 * it that spoke, kept as its role, so a later "la direction" or "the board" finds the company.
 * A description that is only articles and particles ("le ministère de la Santé") stays whole.
 * Every name below is invented.
 */
describe('the part of a company that speaks', () => {
  it('names the company, with its part as the role, and lets the part find it later', () => {
    const claims = french(
      'BRÉVANNE, 27 novembre - La direction du fabricant de jouets Ortalis a confirmé jeudi la fermeture de 2 usines.',
      'Lors d’un comité réuni jeudi, la direction a annoncé la suppression de 212 postes.',
    )
    const first = withText(claims, '2 usines')
    expect(first.attribution.who).toBe('Ortalis')
    expect(first.attribution.role).toBe('direction du fabricant de jouets')
    expect(withText(claims, '212 postes').attribution.who).toBe('Ortalis')
  })

  it('reads the same shape in English', () => {
    const claims = english(
      'The board of the shipping firm Halvard said 2 ships would be sold. The board said 80 jobs would go.',
    )
    expect(withText(claims, '2 ships').attribution.who).toBe('Halvard')
    expect(withText(claims, '80 jobs').attribution.who).toBe('Halvard')
  })

  it('leaves an organisation named with articles and particles whole', () => {
    const claims = french(
      'Le ministère de la Santé a annoncé 40 cas. La direction de la Régie Sarnoise a annoncé 12 retards.',
    )
    expect(withText(claims, '40 cas').attribution.who).toBe('ministère de la Santé')
    expect(withText(claims, '12 retards').attribution.who).toBe('direction de la Régie Sarnoise')
  })
})
