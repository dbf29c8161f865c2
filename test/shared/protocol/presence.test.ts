import { describe, expect, it } from 'vitest'
import { readPresence } from '../../../src/shared/protocol/presence'

const user = { name: 'Ana Ruiz', key: 'ab'.repeat(32) }
const caret = { item: { client: 1234, clock: 56 }, assoc: 0 }
const end = { tname: 'source', assoc: -1 }

describe('presence: the source selection', () => {
  it('is read when it is two relative positions', () => {
    const presence = readPresence({ user, claimId: null, source: { anchor: caret, head: end } })
    expect(presence?.source).toEqual({ anchor: caret, head: end })
  })

  it('is optional: a presence without one, or with null, has none', () => {
    expect(readPresence({ user })?.source).toBeUndefined()
    expect(readPresence({ user, source: null })?.source).toBeNull()
  })

  it.each([
    ['a string instead of positions', 'somewhere'],
    ['a missing head', { anchor: caret }],
    ['an extra field', { anchor: caret, head: caret, colour: 'red' }],
    ['an extra field in a position', { anchor: { ...caret, html: '<b>' }, head: caret }],
    ['an oversized root name', { anchor: { tname: 'x'.repeat(65) }, head: caret }],
    ['a huge text in place of a position', { anchor: 'x'.repeat(100_000), head: caret }],
    ['a negative clock', { anchor: { item: { client: 1, clock: -1 } }, head: caret }],
    ['a fractional client', { anchor: { item: { client: 1.5, clock: 1 } }, head: caret }],
    ['a client past 32 bits', { anchor: { item: { client: 2 ** 33, clock: 1 } }, head: caret }],
    ['an association out of range', { anchor: { ...caret, assoc: 7 }, head: caret }],
    ['an array', [caret, caret]],
  ])('is dropped, and the editor kept, when it is %s', (_what, source) => {
    const presence = readPresence({ user, claimId: 'c_1', source })
    expect(presence).not.toBeNull()
    expect(presence?.user.name).toBe('Ana Ruiz')
    expect(presence?.claimId).toBe('c_1')
    expect(presence?.source).toBeNull()
  })
})
