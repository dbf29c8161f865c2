import { describe, expect, it } from 'vitest'
import { french, withText } from './invented-sentences'

/**
 * A French speech verb in the imperfect ("la préfecture indiquait que …", "le syndicat faisait
 * état de …"): how a story gives what a source said earlier in the day, before a newer figure.
 * Every name below is invented.
 */
describe('French speech verbs in the imperfect', () => {
  it('reads "la préfecture … indiquait que …" as the préfecture’s claim', () => {
    const claims = french(
      'Dans un premier message diffusé lundi, la préfecture de Morlac indiquait que la fuite touchait environ 14 foyers.',
    )
    expect(withText(claims, '14 foyers').attribution.who).toBe('préfecture de Morlac')
  })

  it('reads "le syndicat … faisait état de …" without the verb in the name', () => {
    const claims = french(
      'Mardi soir, le syndicat des meuniers de Corvanges faisait état de 120 grévistes sur le site.',
    )
    expect(withText(claims, '120 grévistes').attribution.who).toBe(
      'syndicat des meuniers de Corvanges',
    )
  })

  it('reads "précisait" after a description', () => {
    const claims = french(
      "En début de soirée, la direction de l'usine précisait que 35 salariés avaient été évacués.",
    )
    expect(withText(claims, '35 salariés').attribution.who).toBe("direction de l'usine")
  })

  it('builds "annonçait" with its soft c, after a name in apposition', () => {
    const claims = french(
      'La maire de Vernac, Odile Fermat, annonçait jeudi que 12 classes fermeraient.',
    )
    expect(withText(claims, '12 classes').attribution.who).toBe('Odile Fermat')
  })
})
