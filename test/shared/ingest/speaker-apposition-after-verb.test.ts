import { describe, expect, it } from 'vitest'
import { english, french, withText } from './invented-sentences'

/**
 * A speaker after the verb behind a description and an apposition ("a indiqué la porte-parole de
 * …, la commandante X"): the name is the speaker, the description its role. Every name and noun
 * below is invented and in no table.
 */
describe('a name after a description after the verb', () => {
  it('takes the name behind a title in apposition, not a place earlier in the sentence', () => {
    const claims = french(
      'La digue a cédé près du lieu-dit des Rouvières, vers 6 h 10 mardi, a indiqué la responsable des gardes-côtes, la capitaine Odette Valmary.',
    )
    expect(withText(claims, 'La digue').attribution).toMatchObject({
      who: 'Odette Valmary',
      role: 'responsable des gardes-côtes',
    })
  })

  it('takes the name when the apposition closes with a comma and the sentence goes on', () => {
    const claims = french(
      'Quelque 380 habitants ont été relogés, a déclaré le sous-préfet de la Basse-Ormoise, Théo Marquenet, lors d’une réunion publique.',
    )
    expect(withText(claims, '380 habitants').attribution).toMatchObject({
      who: 'Théo Marquenet',
      role: 'sous-préfet de la Basse-Ormoise',
    })
  })

  it('takes the name after a possessive title ("son directeur, X")', () => {
    const claims = french(
      'Le syndicat a voté une enveloppe de 3,4 millions d’euros, a fait savoir son trésorier, Anselme Quérou, dans un courriel.',
    )
    expect(withText(claims, '3,4 millions').attribution).toMatchObject({ who: 'Anselme Quérou' })
  })

  it('gives the next "a-t-elle précisé" to the same person', () => {
    const claims = french(
      'La digue a cédé vers 6 h 10 mardi, a indiqué la responsable des gardes-côtes, la capitaine Odette Valmary. Deux riverains de 40 ans ont été blessés, a-t-elle précisé.',
    )
    expect(withText(claims, 'Deux riverains').attribution.who).toBe('Odette Valmary')
  })

  it('steps over a weekday and its part of the day between the verb and the speaker', () => {
    const claims = french(
      'Le glissement a emporté 14 chalets, a indiqué jeudi soir la mairie de Vassenay.',
    )
    expect(withText(claims, '14 chalets').attribution).toMatchObject({
      who: 'mairie de Vassenay',
      when: 'jeudi soir',
    })
  })

  it('does the same in English', () => {
    const claims = english(
      'The levee gave way at 6.10 a.m., said the spokeswoman for the coastguard, Captain Odette Valmary, at a briefing.',
    )
    expect(withText(claims, 'levee').attribution.who).toBe('Odette Valmary')
  })
})
