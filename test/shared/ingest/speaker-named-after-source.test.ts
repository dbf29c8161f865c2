import { describe, expect, it } from 'vitest'
import { english, french, withText } from './invented-sentences'

/**
 * "Selon le procureur, Antoine Verrier, …", "according to the union's lawyer, Ines Cazals": the
 * person named after the description speaks, and the description is their role. Every name below
 * is invented.
 */
describe('a name set off by commas after "according to" a description', () => {
  it('gives the claim to the named person, the description their role (French)', () => {
    const claim = withText(
      french('Selon la procureure de Vaudrenne, Armelle Quintard, 3 enquêtes ont été ouvertes.'),
      'enquêtes',
    )
    expect(claim.attribution.who).toBe('Armelle Quintard')
    expect(claim.attribution.role).toBe('la procureure de Vaudrenne')
  })

  it('reads the name at the end of the sentence', () => {
    const claim = withText(
      french("L'audience est fixée au 14 octobre, selon l'avocat du syndicat, Lucien Ormesson."),
      'audience',
    )
    expect(claim.attribution.who).toBe('Lucien Ormesson')
  })

  it('reads a possessive description in English', () => {
    const claim = withText(
      english(
        "The hearing was moved to 14 October, according to the tenants' lawyer, Ines Farrow.",
      ),
      'hearing',
    )
    expect(claim.attribution.who).toBe('Ines Farrow')
  })

  it('takes no sentence going on after the comma for a name', () => {
    const claim = withText(
      english('According to the council, Brenford Library will reopen on 3 May 2026.'),
      'reopen',
    )
    expect(claim.attribution.who).toBe('council')
  })
})
