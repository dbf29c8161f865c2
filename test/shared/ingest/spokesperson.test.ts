import { describe, expect, it } from 'vitest'
import { rulesFor } from '../../../src/shared/ingest'
import { spokespersonOf } from '../../../src/shared/ingest/spokesperson'
import { english, french, withText } from './invented-sentences'

/**
 * A spokesperson's claim is the organisation's: the organisation named in the role, or named
 * before when the role only describes it ("a trust spokesperson"), the role kept as the role;
 * a spokesperson for nobody named is an unnamed speaker. Every name below is invented.
 */
describe('reading a speaker as a spokesperson', () => {
  const en = rulesFor('en')
  const fr = rulesFor('fr')

  it('finds the role and the organisation on either side of it', () => {
    expect(spokespersonOf('spokesperson for Marrowby Ferries', en)).toEqual({
      role: 'spokesperson',
      organisation: 'Marrowby Ferries',
      named: true,
    })
    expect(spokespersonOf('spokeswoman for the OKL', en)).toEqual({
      role: 'spokeswoman',
      organisation: 'OKL',
      named: true,
    })
    expect(spokespersonOf('trust spokesperson', en)).toEqual({
      role: 'spokesperson',
      organisation: 'trust',
      named: false,
    })
    expect(spokespersonOf('press officer', en)).toEqual({ role: 'press officer', named: false })
    expect(spokespersonOf('porte-parole de la mairie', fr)).toEqual({
      role: 'porte-parole',
      organisation: 'mairie',
      named: false,
    })
    expect(spokespersonOf('porte-parole du Sivom de Larcy', fr)?.organisation).toBe(
      'Sivom de Larcy',
    )
  })

  it('reads no other speaker as one', () => {
    expect(spokespersonOf('Halvard Prieto', en)).toBeUndefined()
    expect(spokespersonOf('spokesmanship', en)).toBeUndefined()
    expect(spokespersonOf('council leader', en)).toBeUndefined()
  })
})

describe('a spokesperson’s claim', () => {
  it('is the organisation a described role stands for, named before', () => {
    const claims = english(
      'Fenwarde Valley Hospitals Trust cancelled 40 clinics in May.',
      'A trust spokesperson said 12 of them were cancelled for staffing reasons.',
    )
    expect(withText(claims, '12 of them').attribution).toMatchObject({
      who: 'Fenwarde Valley Hospitals Trust',
      role: 'spokesperson',
    })
  })

  it('leaves "the trust" after it as the trust, not its spokesperson', () => {
    const claims = english(
      'Fenwarde Valley Hospitals Trust cancelled 40 clinics in May.',
      'A trust spokesperson said 12 of them were cancelled for staffing reasons.',
      'The trust said 6 clinics would be rebooked.',
    )
    expect(withText(claims, '6 clinics').attribution.who).toBe('Fenwarde Valley Hospitals Trust')
  })

  it('is a body named as a group: "a police spokesman" after the force named itself', () => {
    const claims = english(
      'Figures published by Brackmoor Police on Thursday showed 210 burglaries.',
      'A police spokesman said 35 had been solved.',
    )
    expect(withText(claims, '35 had').attribution).toMatchObject({
      who: 'Brackmoor Police',
      role: 'spokesman',
    })
  })

  it('is an unnamed speaker when no organisation is named, with the role kept', () => {
    const claims = english('A spokesman said 9 people were hurt.')
    expect(withText(claims, '9 people').attribution).toMatchObject({
      who: 'unnamed speaker',
      role: 'spokesman',
    })
  })

  it('keeps a described organisation nobody named as it is', () => {
    const claims = english('A trust spokesperson said 12 clinics were cancelled.')
    expect(withText(claims, '12 clinics').attribution.who).toBe('trust spokesperson')
  })

  it('reads a French role that describes the organisation named before', () => {
    const claims = french(
      'La Mairie de Valmorange a annoncé mardi la suppression de 40 postes.',
      'Un porte-parole de la mairie a précisé que 12 postes seront pourvus en interne.',
    )
    expect(withText(claims, '12 postes').attribution).toMatchObject({
      who: 'Mairie de Valmorange',
      role: 'porte-parole',
    })
  })

  it('reads the French role the same way', () => {
    const claims = french(
      'Selon un porte-parole du Syndicat des eaux de Larcy, 97 foyers sont privés d’eau.',
    )
    expect(withText(claims, '97 foyers').attribution).toMatchObject({
      who: 'Syndicat des eaux de Larcy',
      role: 'porte-parole',
    })
  })
})
