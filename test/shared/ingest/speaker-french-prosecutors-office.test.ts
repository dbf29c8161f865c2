import { describe, expect, it } from 'vitest'
import { french, withText } from './invented-sentences'

/**
 * "Le parquet de Vaudrenne" is the prosecutor's office of a town: an organisation named whole,
 * not the town it sits in. Every name below is invented.
 */
describe('"le parquet de" a town', () => {
  it('speaks as the whole office when it opens the sentence', () => {
    const claim = withText(
      french(
        'Le parquet de Vaudrenne a annoncé jeudi que 3 personnes avaient été placées en garde à vue.',
      ),
      'garde à vue',
    )
    expect(claim.attribution.who).toBe('parquet de Vaudrenne')
  })

  it('speaks as the whole office after "d’après"', () => {
    const claim = withText(
      french("D'après le parquet de Brenneville, 2 enquêtes ont été ouvertes le 3 mai."),
      'enquêtes',
    )
    expect(claim.attribution.who).toBe('parquet de Brenneville')
  })
})
