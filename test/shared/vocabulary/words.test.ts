import { describe, expect, it } from 'vitest'
import {
  UNATTRIBUTED,
  attributionPhrase,
  authorLabel,
  capitalise,
  linkPhrase,
  speakerName,
} from '../../../src/shared/vocabulary'

describe('attributionPhrase', () => {
  it('says who, then where and when, with the parts the claim has', () => {
    expect(
      attributionPhrase({
        who: 'Mara Voss',
        role: 'spokesperson',
        where: 'state TV',
        when: 'Sunday',
      }),
    ).toBe('Mara Voss, spokesperson — state TV, Sunday')
    expect(attributionPhrase({ who: 'Interior Ministry' })).toBe('Interior Ministry')
    expect(attributionPhrase({ who: 'Interior Ministry', when: 'Sunday' })).toBe(
      'Interior Ministry — Sunday',
    )
    expect(attributionPhrase({ who: ' ', where: 'radio' })).toBe('unattributed — radio')
    expect(attributionPhrase({ who: '' })).toBe(UNATTRIBUTED)
  })

  it('names the speaker alone, or says nobody is named', () => {
    expect(speakerName({ who: 'Port office', role: 'x' })).toBe('Port office')
    expect(speakerName({ who: '  ' })).toBe(UNATTRIBUTED)
  })
})

describe('authorLabel', () => {
  it('uses the signed name, else says it is a key and shows its start', () => {
    expect(authorLabel('Ana Ruiz', 'ab'.repeat(32))).toBe('Ana Ruiz')
    expect(authorLabel(null, 'ab'.repeat(32))).toBe('unnamed key abababab')
    expect(authorLabel(undefined, 'cd'.repeat(32))).toBe('unnamed key cdcdcdcd')
  })
})

describe('linkPhrase', () => {
  it('reads a link from either side', () => {
    expect(linkPhrase('revises', 'out')).toBe('revises')
    expect(linkPhrase('revises', 'in')).toBe('revised by')
    expect(linkPhrase('contradicts', 'in')).toBe('contradicted by')
    expect(linkPhrase('supports', 'in')).toBe('supported by')
    expect(linkPhrase('same-as', 'in')).toBe('same as')
    expect(capitalise(linkPhrase('same-as', 'out'))).toBe('Same as')
  })
})
