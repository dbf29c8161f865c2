import { describe, expect, it } from 'vitest'
import { english, french, withText } from './invented-sentences'

/**
 * Speakers read in round 29 of the ingest corpus (docs/ingest.md): a description in lowercase
 * that stands for the one organisation the story names in full, wherever it names it. Every name
 * and number is invented.
 */
describe('a description the story names in full', () => {
  it('is that organisation, named before or after the description', () => {
    const claims = english(
      'The water authority now admits its first count of homes without supply was too low.',
      'About 900 homes lost supply, according to figures released by the Lorne Valley Water Authority.',
      'In June, the authority reported that 4,100 meters had failed, the water authority said.',
    )
    expect(withText(claims, 'too low').attribution.who).toBe('Lorne Valley Water Authority')
    expect(withText(claims, '4,100 meters').attribution.who).toBe('Lorne Valley Water Authority')
  })

  it('keeps its connecting words: "Child and Adolescent Mental Health Service"', () => {
    const claims = english(
      'The health service says 40 pupils waited more than a year.',
      'Pupils are referred to the Child and Adolescent Mental Health Service (CAMHS).',
    )
    expect(withText(claims, '40 pupils').attribution.who).toBe(
      'Child and Adolescent Mental Health Service',
    )
  })

  it('stays a description when two organisations end in its words, or none', () => {
    const two = english(
      'The health board said 12 wards would close.',
      'The Fenmarch Health Board and the Kestlow Health Board share a hospital.',
    )
    expect(withText(two, '12 wards').attribution.who).toBe('health board')
    const none = english('The health board said 14 wards would close.')
    expect(withText(none, '14 wards').attribution.who).toBe('health board')
  })

  it('is not read in French, where organisations are named in lowercase', () => {
    const claims = french(
      'Selon la direction régionale, 40 entreprises ont fermé.',
      'Le rapport de la Nouvelle Direction Régionale compte 900 pages.',
    )
    expect(withText(claims, '40 entreprises').attribution.who).toBe('direction régionale')
  })
})
