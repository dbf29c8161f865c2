import { describe, expect, it } from 'vitest'
import { french, withText } from './invented-sentences'

/**
 * French speakers after ordinary verbs of speech ("réagi", "regretté", "chiffré"), an adverb
 * between "a" and the verb, and an acronym in brackets in the description. Every name and noun
 * below is invented and in no table.
 */
describe('French speakers after the verb', () => {
  it('reads "a aussitôt réagi le secrétaire général de l’Union … (UDM), Gaspard Lemoal"', () => {
    const claims = french(
      "« Ce chiffre est faux », a aussitôt réagi le secrétaire général de l'Union des meuniers (UDM), Gaspard Lemoal, qui revendique 60 % de grévistes.",
    )
    expect(withText(claims, '60 %').attribution.who).toBe('Gaspard Lemoal')
  })

  it('reads "a regretté la maire …, Albane Corvisart" and gives her the next "Elle"', () => {
    const claims = french(
      '« Rien ne change », a regretté la maire de Vernouillet, Albane Corvisart, qui préside le syndicat. Elle a annoncé que 12 lignes seraient remboursées.',
    )
    expect(withText(claims, '12 lignes').attribution.who).toBe('Albane Corvisart')
  })

  it('reads "la direction a chiffré à 23 %" as the direction’s claim', () => {
    const claims = french(
      'Dans un premier temps, la direction a chiffré à 23 % la proportion de meuniers en grève.',
    )
    expect(withText(claims, '23 %').attribution.who).toBe('direction')
  })

  it('reads "un porte-parole de l’entreprise" as speaking for the sentence’s own subject', () => {
    const claims = french(
      "En fin de matinée, Corvimat a revu son estimation à la hausse et fait désormais état de 38 % de grévistes, selon un porte-parole de l'entreprise.",
    )
    expect(withText(claims, '38 %').attribution).toMatchObject({
      who: 'Corvimat',
      role: 'porte-parole',
    })
  })
})
