import { describe, expect, it } from 'vitest'
import { EntryTable } from '../../../src/shared/dossier/entry-table'

interface Entry {
  readonly id: string
  readonly text: string
}

/** A fresh object each time: copies from other replicas are equal, never the same object. */
const entry = (id: string, text: string): Entry => ({ id, text })

describe('the entries of one collection, by id', () => {
  it('keeps an entry while any copy of it is left', () => {
    const table = new EntryTable<Entry>()
    table.add(entry('e_1', 'a'))
    table.add(entry('e_1', 'a'))
    table.add(entry('e_1', 'a'))
    table.remove(entry('e_1', 'a'))
    table.remove(entry('e_1', 'a'))
    expect(table.get('e_1')).toEqual(entry('e_1', 'a'))
    table.remove(entry('e_1', 'a'))
    expect(table.has('e_1')).toBe(false)
    expect(table.size).toBe(0)
  })

  it('counts the copies an entry had before another entry took its id', () => {
    const table = new EntryTable<Entry>()
    table.add(entry('e_1', 'b'))
    table.add(entry('e_1', 'b'))
    table.add(entry('e_1', 'a'))
    // The first by content is kept; the other is reported.
    expect(table.get('e_1')!.text).toBe('a')
    expect([...table.conflicts()]).toEqual([{ id: 'e_1', rejected: [entry('e_1', 'b')] }])
    table.remove(entry('e_1', 'a'))
    expect(table.get('e_1')!.text).toBe('b')
    expect([...table.conflicts()]).toEqual([])
    // Both copies of "b" are still there: one removal leaves the other.
    table.remove(entry('e_1', 'b'))
    expect(table.get('e_1')!.text).toBe('b')
    table.remove(entry('e_1', 'b'))
    expect(table.has('e_1')).toBe(false)
  })

  it('still reports the losing entry while a copy of it is left', () => {
    const table = new EntryTable<Entry>()
    table.add(entry('e_1', 'b'))
    table.add(entry('e_1', 'b'))
    table.add(entry('e_1', 'a'))
    table.remove(entry('e_1', 'b'))
    expect([...table.conflicts()]).toEqual([{ id: 'e_1', rejected: [entry('e_1', 'b')] }])
  })

  it('lists each id once, whether it has copies or is contested', () => {
    const table = new EntryTable<Entry>()
    table.add(entry('e_1', 'a'))
    table.add(entry('e_1', 'a'))
    table.add(entry('e_2', 'x'))
    table.add(entry('e_2', 'y'))
    expect([...table.values()].map(({ id, text }) => `${id}:${text}`)).toEqual(['e_1:a', 'e_2:x'])
    expect(table.size).toBe(2)
  })
})
