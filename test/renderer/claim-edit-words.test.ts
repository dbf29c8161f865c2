import { describe, expect, it } from 'vitest'
import { claimEditPhrase } from '../../src/renderer/logic/claim-edit-words'

describe('claim edits in the History', () => {
  it('says what changed, and to what, for each field', () => {
    expect(claimEditPhrase({ field: 'text', value: 'anything' })).toBe('edited the text')
    expect(
      claimEditPhrase({
        field: 'attribution',
        value: { who: 'Dam operator', role: 'press office' },
      }),
    ).toBe('changed the speaker to Dam operator, press office')
    expect(claimEditPhrase({ field: 'attribution', value: { who: '' } })).toBe(
      'changed the speaker to unattributed',
    )
    expect(claimEditPhrase({ field: 'kind', value: 'denial' })).toBe('changed the kind to denial')
    expect(claimEditPhrase({ field: 'tags', value: ['dam', 'operator'] })).toBe(
      'changed the tags to dam, operator',
    )
    expect(claimEditPhrase({ field: 'tags', value: [] })).toBe('removed the tags')
    expect(claimEditPhrase({ field: 'figures', value: [{ value: 31, raw: '31 people' }] })).toBe(
      'changed the figures to 31 people',
    )
    expect(claimEditPhrase({ field: 'figures', value: [] })).toBe('removed the figures')
    expect(claimEditPhrase({ field: 'assignee', value: 'Carol Lin' })).toBe(
      'assigned the claim to Carol Lin',
    )
    expect(claimEditPhrase({ field: 'assignee', value: null })).toBe('unassigned the claim')
    expect(claimEditPhrase({ field: 'removed', value: true })).toBe('removed the claim')
    expect(claimEditPhrase({ field: 'removed', value: false })).toBe('put the claim back')
  })
})
