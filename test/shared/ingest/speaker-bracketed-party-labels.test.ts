import { describe, expect, it } from 'vitest'
import { english, french, withText } from './invented-sentences'

/**
 * A party label or qualifier in brackets after a speaker ("Odile Fermat (divers gauche), a
 * estimé", "L'élu (sans étiquette) rappelle"): the name is still who speaks, and the one a later
 * "il"/"elle" or "le maire" stands for. Every name below is invented.
 */
describe('speakers with a bracketed party label', () => {
  it('reads the name before "(divers gauche)," as the speaker, and carries it on', () => {
    const claims = french(
      'Le maire de Vernac, Odile Fermat (divers gauche), a estimé que 12 classes fermeraient. « Nous avons perdu 40 élèves en deux ans », a-t-elle affirmé. Elle reproche au rectorat d’avoir supprimé 3 postes.',
    )
    expect(withText(claims, '12 classes').attribution.who).toBe('Odile Fermat')
    expect(withText(claims, '40 élèves').attribution.who).toBe('Odile Fermat')
    expect(withText(claims, '3 postes').attribution.who).toBe('Odile Fermat')
  })

  it('reads "L’élu (sans étiquette) rappelle" as the elected person named before', () => {
    const claims = french(
      'Le maire de Pradines, Lucien Orvalle, qui préside le syndicat des eaux, dit partager « la colère des habitants ». L’élu (sans étiquette) rappelle que la commune a déjà financé 4 forages.',
    )
    expect(withText(claims, '4 forages').attribution.who).toBe('Lucien Orvalle')
  })

  it('gives a later "il" the named mayor, not an organisation named in between', () => {
    const claims = french(
      'D’après l’Agence des rivières du Morvel, les analyses montrent une pollution 30 fois supérieure au seuil.',
      'Le maire de Chantelune, Basile Ferrand (divers droite), ne décolère pas. « C’est la quatrième fois en 6 ans », a-t-il déclaré lundi.',
    )
    expect(withText(claims, '6 ans').attribution.who).toBe('Basile Ferrand')
  })

  it('keeps an acronym in brackets as part of the speaker’s description', () => {
    const claims = english(
      'Tessa Varn, a spokeswoman for the Coastal Ferry Authority (CFA), said 14 sailings were cancelled.',
    )
    expect(withText(claims, '14 sailings').attribution.who).toBe('Tessa Varn')
  })
})
