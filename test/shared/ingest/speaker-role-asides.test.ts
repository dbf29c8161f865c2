import { describe, expect, it } from 'vitest'
import { english, french, withText } from './invented-sentences'

/**
 * A person's role in an aside without an article ("Ann Lee, chief executive of Harlow Water,
 * said"), the way most wire copy and nearly all French copy writes it, and after "according to".
 * The role is what the app shows beside the speaker's name. Every name below is invented.
 */
describe('a role after a name, without an article', () => {
  it('is the speaker’s role before the verb', () => {
    const claims = english(
      'Orla Fenwick, chief executive of Brindle Water, said 12 mains had burst since Monday.',
    )
    expect(withText(claims, '12 mains').attribution).toMatchObject({
      who: 'Orla Fenwick',
      role: 'chief executive of Brindle Water',
    })
  })

  it('takes the place of an honorific', () => {
    const claims = english(
      'Dr Mirela Stanescu, chair of the Tallowmere trust, said the crews had launched 143 times.',
    )
    expect(withText(claims, '143 times').attribution).toMatchObject({
      who: 'Mirela Stanescu',
      role: 'chair of the Tallowmere trust',
    })
  })

  it('reads an organisation’s possessive as part of the role', () => {
    const claims = english(
      'Orla Fenwick, Brindle Water’s chief executive, said 12 mains had burst since Monday.',
    )
    expect(withText(claims, '12 mains').attribution.role).toBe('Brindle Water’s chief executive')
  })

  it('is no role when the aside holds no title: an age, a relative clause', () => {
    const claims = english(
      'Tam Oduya, 54, said 40 boats were waiting. Tam Oduya, who runs the slipway, said 41 boats were waiting.',
    )
    expect(withText(claims, '40 boats').attribution).toEqual({ who: 'Tam Oduya' })
    expect(withText(claims, '41 boats').attribution).toEqual({ who: 'Tam Oduya' })
  })

  it('is read in French, where the role has no article', () => {
    const claims = french(
      "Maëlle Derrien, directrice de l'hôpital de Kerlouan, a indiqué que 40 lits étaient occupés.",
    )
    expect(withText(claims, '40 lits').attribution).toMatchObject({
      who: 'Maëlle Derrien',
      role: "directrice de l'hôpital de Kerlouan",
    })
  })
})

describe('a role after "according to" and a name', () => {
  it('is read from the aside between the name and the claim', () => {
    const claims = english(
      'According to Orla Fenwick, the chief executive of Brindle Water, 12 mains burst overnight.',
    )
    expect(withText(claims, '12 mains').attribution).toMatchObject({
      who: 'Orla Fenwick',
      role: 'chief executive of Brindle Water',
    })
  })

  it('is read from an indefinite description', () => {
    const claims = english('According to Orla Fenwick, a hydrologist, the river rose 3 metres.')
    expect(withText(claims, '3 metres').attribution.role).toBe('hydrologist')
  })

  it('is no role when the claim follows the name straight away', () => {
    const claims = english(
      'According to Orla Fenwick, 12 mains burst overnight, the worst in years.',
    )
    expect(withText(claims, '12 mains').attribution).toEqual({ who: 'Orla Fenwick' })
  })

  it('is read in French after « selon »', () => {
    const claims = french("Selon Maëlle Derrien, directrice de l'hôpital, 40 lits étaient occupés.")
    expect(withText(claims, '40 lits').attribution.role).toBe("directrice de l'hôpital")
  })
})
