import { describe, expect, it } from 'vitest'
import type { ClaimCandidate } from '../../../src/shared/ingest'
import { english, french } from './invented-sentences'

/**
 * Revisions linked across paragraphs by what they count and who made them, not by the words of
 * any one story: every name and noun below is invented and in no table.
 */
const indexOf = (claims: readonly ClaimCandidate[], words: string): number => {
  const found = claims.flatMap((claim, index) => (claim.text.includes(words) ? [index] : []))
  expect(found, `one claim with "${words}"`).toHaveLength(1)
  return found[0]!
}

describe('a count revised in a later paragraph', () => {
  it('finds the claim that said what "the number of people still …" counts, past other counts of people', () => {
    const claims = english(
      'Warden Ilse Oberin said that 31 people were stranded on the Vask ridge.',
      'Oberin said 6 of the climbers had been airlifted and 40 people had walked down.',
      'The number of people still stranded had fallen to 12, Oberin said.',
    )
    expect(claims[indexOf(claims, 'fallen to 12')]!.revisionOf).toBe(
      indexOf(claims, '31 people were stranded'),
    )
  })

  it('links it across speakers in French, and not to an area in between', () => {
    const claims = french(
      'Environ 900 personnes ont été évacuées, a annoncé le sous-préfet, Aurèle Mongin.',
      'Selon la mairie de Pradelles, 40 places de parking ont été fermées.',
      'En fin de journée, la mairie de Pradelles a revu son bilan à la hausse : 1 300 hectares sont touchés. Le nombre de personnes évacuées a été porté à 1 450.',
    )
    expect(claims[indexOf(claims, 'porté à 1 450')]!.revisionOf).toBe(
      indexOf(claims, '900 personnes'),
    )
  })

  it('takes "the agency" for the agency named in full with capitals', () => {
    const claims = english(
      'At least 8 people died in the slide, the Northern Slope Safety Agency said on Monday.',
      'Ranger Oskar Pellin said 300 homes had been evacuated.',
      'By Monday evening the slope safety agency had raised the death toll to 14.',
    )
    expect(claims[indexOf(claims, 'toll to 14')]!.revisionOf).toBe(indexOf(claims, 'At least 8'))
  })

  it('gives "it" to whoever revised its figures in the sentence before, though no figure was given', () => {
    const claims = english(
      'At least 8 people died in the slide, the Northern Slope Safety Agency said on Monday.',
      'A retaining wall was never built; the county works office said in 2024 that it would cost £2 million.',
      'On Tuesday the agency revised its figures. It later lowered the toll to 6.',
    )
    const lowered = claims[indexOf(claims, 'toll to 6')]!
    expect(lowered.attribution.who).toBe('Northern Slope Safety Agency')
    expect(lowered.revisionOf).toBe(indexOf(claims, 'At least 8'))
    expect(claims.some((claim) => claim.text.includes('revised its figures'))).toBe(false)
  })

  it('reads the subject after a second opening phrase ("Lundi matin, après …, la mairie")', () => {
    const claims = french(
      'Le glissement a emporté 120 hectares de vignes, a indiqué jeudi soir la mairie de Pradelles.',
      'Lundi matin, après un relevé par satellite, la mairie de Pradelles a ramené la surface touchée à 95 hectares.',
    )
    const lowered = claims[indexOf(claims, '95 hectares')]!
    expect(lowered.attribution.who).toBe('mairie de Pradelles')
    expect(lowered.revisionOf).toBe(indexOf(claims, '120 hectares'))
  })

  it('gives a revision that names nobody to the speaker of the sentence before in the paragraph', () => {
    const claims = french(
      'Environ 900 personnes ont été évacuées, a annoncé le sous-préfet, Aurèle Mongin.',
      'En fin de journée, la mairie de Pradelles a revu son bilan à la hausse : 1 300 hectares sont touchés. Le nombre de personnes évacuées a été porté à 1 450.',
    )
    expect(claims[indexOf(claims, 'porté à 1 450')]!.attribution.who).toBe('mairie de Pradelles')
  })
})

describe('a deadline moved, the old date after the new one', () => {
  it('links "extended to 30 June, from the 31 May date given when …" old to new', () => {
    const claims = english(
      'Rowers who booked the spring regatta can ask for a refund. The deadline for refunds has been extended to 14 July, from the 20 June date given when entries opened in March.',
    )
    const moved = claims.find((claim) => claim.text.endsWith('extended to 14 July'))
    expect(moved, 'the clause that moves the deadline').toBeDefined()
    const old = claims[moved!.revisionOf!]!
    expect(old.figures.some((figure) => figure.raw.includes('20 June'))).toBe(true)
  })
})
