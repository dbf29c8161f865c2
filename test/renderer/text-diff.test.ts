import { describe, expect, it } from 'vitest'
import { applyEdit, diffText, mapIndex, rebaseEdit } from '../../src/renderer/logic/text-diff'

describe('diffText', () => {
  it('finds one keystroke in the middle of a long text as one small edit', () => {
    const before = `${'a'.repeat(200_000)}|${'b'.repeat(200_000)}`
    const after = `${'a'.repeat(200_000)}|x${'b'.repeat(200_000)}`
    expect(diffText(before, after)).toEqual({ index: 200_001, deleteCount: 0, insert: 'x' })
  })

  it('gives a replacement, a deletion, and nothing for equal texts', () => {
    expect(diffText('The river rose', 'The flood rose')).toEqual({
      index: 4,
      deleteCount: 5,
      insert: 'flood',
    })
    expect(diffText('23 people', '23 ')).toEqual({ index: 3, deleteCount: 6, insert: '' })
    expect(diffText('same', 'same')).toBeNull()
    expect(diffText('', 'all new')).toEqual({ index: 0, deleteCount: 0, insert: 'all new' })
  })

  it('never cuts a surrogate pair in half', () => {
    // Two different emoji share their high surrogate: the edit must take both halves.
    const edit = diffText('a😀b', 'a😁b')!
    expect(edit).toEqual({ index: 1, deleteCount: 2, insert: '😁' })
    const tail = diffText('x😀', 'x😁')!
    expect(tail.insert).toBe('😁')
  })

  it('turns the old text into the new one, whatever the two are', () => {
    const texts = ['', 'a', 'ab', 'aab', 'abba', 'ba', 'b😀a', 'tuesday', 'thursday']
    for (const before of texts) {
      for (const after of texts) {
        const edit = diffText(before, after)
        expect(edit === null ? before : applyEdit(before, edit)).toBe(after)
      }
    }
  })
})

describe('rebaseEdit', () => {
  const base = 'The river rose two metres on Tuesday.'

  it('moves a local edit past a remote insertion before it', () => {
    const local = diffText(base, base.replace('two', 'three'))!
    const remote = diffText(base, `UPDATE: ${base}`)!
    const rebased = rebaseEdit(local, remote)
    expect(applyEdit(applyEdit(base, remote), rebased)).toBe(
      'UPDATE: The river rose three metres on Tuesday.',
    )
  })

  it('leaves a local edit before a remote one where it was', () => {
    const local = diffText(base, base.replace('river', 'Danube'))!
    const remote = diffText(base, base.replace('Tuesday', 'Monday'))!
    expect(applyEdit(applyEdit(base, remote), rebaseEdit(local, remote))).toBe(
      'The Danube rose two metres on Monday.',
    )
  })

  it('keeps both when they overlap: the remote change stays, the local text is added', () => {
    const local = diffText(base, base.replace('two metres', '2 m'))!
    const remote = diffText(base, base.replace('metres on', 'meters on'))!
    const result = applyEdit(applyEdit(base, remote), rebaseEdit(local, remote))
    expect(result).toContain('2 m')
    expect(result.startsWith('The river rose ')).toBe(true)
    expect(result.endsWith(' Tuesday.')).toBe(true)
  })

  it('maps points before, after and inside an edit', () => {
    const edit = { index: 4, deleteCount: 2, insert: 'xyz' }
    expect(mapIndex(3, edit, 1)).toBe(3)
    expect(mapIndex(7, edit, 1)).toBe(8)
    expect(mapIndex(5, edit, -1)).toBe(4)
    expect(mapIndex(5, edit, 1)).toBe(7)
    expect(mapIndex(4, { index: 4, deleteCount: 0, insert: 'ab' }, -1)).toBe(4)
    expect(mapIndex(4, { index: 4, deleteCount: 0, insert: 'ab' }, 1)).toBe(6)
  })
})
