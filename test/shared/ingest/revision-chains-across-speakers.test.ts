import { describe, expect, it } from 'vitest'
import { english, withText } from './invented-sentences'
import type { ClaimCandidate } from '../../../src/shared/ingest'

/**
 * A count revised by one speaker and revised again by another, several sentences apart, and a
 * figure that points back at the sentence before. Every name and noun below is invented and in
 * no table.
 */
const indexOf = (claims: readonly ClaimCandidate[], words: string): number =>
  claims.indexOf(withText(claims, words))

describe('a toll revised by different speakers', () => {
  const claims = english(
    'A mudslide buried part of Tollard before dawn, killing at least 14 people, the Wendle regional rescue service said.',
    'The slope collapsed at about 4:40 a.m., the service’s duty officer, Pim Oxnard, told reporters.',
    'Crews had pulled 22 people alive from the mud by midday, Oxnard said.',
    'Data from the Wendle Weather Office show 212 millimetres of rain fell in 72 hours.',
    'The office had warned of floods on Thursday.',
    'By late afternoon the regional governor, Ysolde Brackwater, had raised the toll to 23.',
    'She said 41 people were being treated in hospitals.',
    'The rescue service brought the figure down to 21 late on Sunday evening.',
  )

  it('links the raised toll to the claim that counted the dead, from another speaker', () => {
    expect(withText(claims, 'raised the toll to 23').revisionOf).toBe(
      indexOf(claims, 'killing at least 14'),
    )
  })

  it('links the next revision to the newest link of the chain, not the first figure', () => {
    const lowered = withText(claims, 'down to 21')
    expect(lowered.revisionOf).toBe(indexOf(claims, 'raised the toll to 23'))
    expect(lowered.figures[0]).toMatchObject({ value: 21, unit: 'dead' })
  })
})

describe('a figure that points back', () => {
  it('goes on in the voice of the sentence before in the same paragraph', () => {
    const claims = english(
      'The marsh has flooded about 2,400 hectares, according to the wardens’ latest survey. That compares with roughly 900 hectares on Monday.',
    )
    expect(withText(claims, '900 hectares').attribution.who).toBe('wardens’ latest survey')
  })

  it('reads degrees written on the number as a figure', () => {
    const claims = english('The guild’s rules set a minimum of 21C in rooms where members sleep.')
    expect(withText(claims, '21C').figures[0]).toMatchObject({ value: 21, unit: '°C' })
  })
})
