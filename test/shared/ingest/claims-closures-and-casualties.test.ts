import { describe, expect, it } from 'vitest'
import { english, french } from './invented-sentences'

/**
 * A route closed or a service suspended between two places is a measure someone took and a
 * desk can check, with no figure, time or speaker needed; so is the French wire's "aucune victime
 * n'est à déplorer". A closure that is background ("before the mill shut") stays out. Every
 * sentence below is invented.
 */
const has = (claims: readonly { text: string }[], words: string): boolean =>
  claims.some((claim) => claim.text.includes(words))

describe('a closure between two places', () => {
  it('is a claim for a road closed or a service suspended', () => {
    const claims = english(
      'Police have closed the B3140 between Holt Cross and Penwern in both directions.',
      'Valley Lines suspended all trains between Marsby and Tolgate after a bridge was damaged.',
    )
    expect(has(claims, 'closed the B3140')).toBe(true)
    expect(has(claims, 'suspended all trains')).toBe(true)
  })

  it('is a claim in French', () => {
    const claims = french(
      'La circulation reste interrompue entre Sorvillers et Pont-Aubry.',
      'La départementale 9 est fermée à la circulation entre Lauzac et Merville.',
    )
    expect(has(claims, 'interrompue entre Sorvillers')).toBe(true)
    expect(has(claims, 'fermée à la circulation')).toBe(true)
  })

  it('is not a claim without the stretch it closes', () => {
    const claims = english('He had not been back to the valley since the mill shut.')
    expect(has(claims, 'mill shut')).toBe(false)
  })
})

describe('no casualties, in French', () => {
  it('is a claim', () => {
    const claims = french(
      "Aucune victime n'est à déplorer.",
      "Aucun blessé n'était signalé dimanche soir, mais la toiture s'est effondrée.",
    )
    expect(has(claims, 'Aucune victime')).toBe(true)
    expect(has(claims, 'Aucun blessé')).toBe(true)
  })
})
