import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { ClaimEdits } from '../../../src/shared/dossier/claim-edits'
import { claimEditKey, entryRemovalKey } from '../../../src/shared/dossier/layout'
import type { Evidence } from '../../../src/shared/dossier'

const EDITOR = 'a'.repeat(64)
const AT = '2026-11-28T09:00:00.000Z'
const envelope = (value: unknown): unknown => ({ value, by: EDITOR, at: AT })

const setUp = (known: Record<string, Evidence> = {}) => {
  const doc = new Y.Doc()
  const map = doc.getMap<unknown>('claimEdits')
  const edits = new ClaimEdits(map, (kind, id) => (kind === 'evidence' ? known[id] : undefined))
  const write = (key: string, value: unknown) => {
    if (value === undefined) map.delete(key)
    else map.set(key, value)
    return edits.read(key)
  }
  return { edits, write }
}

describe('ClaimEdits', () => {
  it('keeps the last edit of each field and names the claim it changes', () => {
    const { edits, write } = setUp()
    expect(write(claimEditKey('c_one', 'text'), envelope('First wording'))).toEqual({
      claims: ['c_one'],
      quarantine: false,
    })
    write(claimEditKey('c_one', 'tags'), envelope(['port']))
    write(claimEditKey('c_one', 'text'), envelope('Second wording'))
    expect(edits.of('c_one')).toEqual({ text: 'Second wording', tags: ['port'] })
    write(claimEditKey('c_one', 'tags'), undefined)
    expect(edits.of('c_one')?.tags).toBeUndefined()
    expect(edits.of('c_two')).toBeUndefined()
  })

  it('quarantines an edit that fails its field, then lets it out when it is rewritten', () => {
    const { edits, write } = setUp()
    const key = claimEditKey('c_one', 'kind')
    expect(write(key, envelope('not-a-kind'))).toEqual({ claims: ['c_one'], quarantine: true })
    expect([...edits.quarantine()]).toEqual([
      expect.objectContaining({ collection: 'claimEdits', id: key }),
    ])
    expect(edits.of('c_one')?.kind).toBeUndefined()
    expect(write(key, envelope('figure'))).toEqual({ claims: ['c_one'], quarantine: true })
    expect([...edits.quarantine()]).toEqual([])
    expect(edits.of('c_one')?.kind).toBe('figure')
  })

  it('quarantines a field no claim has, touching no claim', () => {
    const { edits, write } = setUp()
    const key = claimEditKey('c_one', 'colour')
    expect(write(key, envelope('red'))).toEqual({ claims: [], quarantine: true })
    expect([...edits.quarantine()][0]?.reason).toBe('unknown claim field')
  })

  it('reads removal flags, and names the claim only once its entry is known', () => {
    const evidence = { id: 'e_k3v9q0x2mz5a', claimId: 'c_one' } as Evidence
    const { edits, write } = setUp({ e_k3v9q0x2mz5a: evidence })
    expect(edits.anyRemovals).toBe(false)
    expect(write(entryRemovalKey('evidence', 'e_k3v9q0x2mz5b'), envelope(true))).toEqual({
      claims: [],
      quarantine: false,
    })
    expect(write(entryRemovalKey('evidence', 'e_k3v9q0x2mz5a'), envelope(true)).claims).toEqual(['c_one'])
    expect(edits.anyRemovals).toBe(true)
    expect(edits.isRemoved('evidence', 'e_k3v9q0x2mz5a')).toBe(true)
    write(entryRemovalKey('evidence', 'e_k3v9q0x2mz5a'), envelope(false))
    expect(edits.isRemoved('evidence', 'e_k3v9q0x2mz5a')).toBe(false)
    expect(edits.removal('evidence', 'e_k3v9q0x2mz5a')).toEqual({ removed: false, by: EDITOR, at: AT })
    expect(edits.removalFlags().map((flag) => flag.entryId).sort()).toEqual(['e_k3v9q0x2mz5a', 'e_k3v9q0x2mz5b'])
  })

  it('quarantines a removal flag that is not a boolean and keeps no flag for it', () => {
    const { edits, write } = setUp()
    const key = entryRemovalKey('comment', 'm_k3v9q0x2mz5a')
    expect(write(key, envelope('yes')).quarantine).toBe(true)
    expect(edits.isRemoved('comment', 'm_k3v9q0x2mz5a')).toBe(false)
    expect([...edits.quarantine()][0]?.reason).toBe('malformed removal flag of a comment')
  })
})
