import { describe, expect, it } from 'vitest'
import { french, withText } from './invented-sentences'

/**
 * French wire copy names people and organisations by a description as often as by their name:
 * "ce porte-parole, X", "Le maire de …, X, a pour sa part rappelé", "le préfet" for the prefect
 * named before, "la compagnie" for the company named before. Every name below is invented.
 */
describe('French descriptions of a speaker', () => {
  it('reads a demonstrative description and the name after the verb', () => {
    const claim = withText(
      french(
        '« Les ventes ont baissé de 30 % depuis 2020 », a déclaré ce porte-parole, Hugo Barthémont, joint par téléphone.',
      ),
      '30 %',
    )
    expect(claim.attribution.who).toBe('Hugo Barthémont')
  })

  it('steps over "pour sa part" between the auxiliary and the verb', () => {
    const claim = withText(
      french(
        'Le maire de Vélines, Arnaud Pelletan, a pour sa part rappelé que la commune avait vendu 3 hectares en 2010.',
      ),
      '3 hectares',
    )
    expect(claim.attribution.who).toBe('Arnaud Pelletan')
  })

  it('reads "lancé" after a quotation as a verb of speech', () => {
    const claim = withText(
      french(
        'Lucie Marchais, secrétaire du syndicat, a annoncé 40 départs. « Le carnet est plein jusqu’en mai », a-t-elle lancé.',
      ),
      'carnet',
    )
    expect(claim.attribution.who).toBe('Lucie Marchais')
  })

  it('finds the person named before with the role a bare title gives', () => {
    const claim = withText(
      french(
        'Dans l’après-midi, le préfet du Vaucluse, Paul Morvandel, a reçu une délégation.',
        'Le préfet a précisé qu’une cellule serait ouverte dès le 7 décembre.',
      ),
      'cellule',
    )
    expect(claim.attribution.who).toBe('Paul Morvandel')
  })

  it('finds the organisation named before with a definite description', () => {
    const claim = withText(
      french(
        'La Compagnie fluviale de Sarn a annoncé 40 suppressions de postes. Le syndicat conteste ce chiffre.',
        'La compagnie a précisé que 12 postes seraient transférés.',
      ),
      '12 postes',
    )
    expect(claim.attribution.who).toBe('Compagnie fluviale de Sarn')
  })
})
