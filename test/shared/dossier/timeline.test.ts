import { describe, expect, it } from 'vitest'
import type { Dossier, TimelineItem } from '../../../src/shared/dossier'
import { alice, bob, newDossier, replicaOf, syncBoth } from '../../support/dossier-fixtures'

const claimOf = (dossier: Dossier): string =>
  dossier.addClaim(
    { text: '23 missing', attribution: { who: 'River authority' }, kind: 'figure' },
    alice,
  )

const editsIn = (items: readonly TimelineItem[]) =>
  items.flatMap((item) => (item.kind === 'edit' ? [item] : []))

describe('the claim timeline: edits of the claim', () => {
  it('shows each edited field with its value, who edited it and when, in time order', () => {
    const dossier = newDossier()
    const id = claimOf(dossier)
    dossier.addComment(id, 'Check the hospital lists', alice)
    dossier.editClaim(id, { text: '23 people missing', kind: 'event' }, bob)
    dossier.editClaim(id, { attribution: { who: 'Dam operator', role: 'press office' } }, alice)

    const items = dossier.timeline(id)
    expect(items.map((item) => item.kind)).toEqual(['created', 'comment', 'edit', 'edit', 'edit'])
    const edits = editsIn(items)
    expect(edits.map((item) => item.edit)).toEqual([
      { field: 'text', value: '23 people missing' },
      { field: 'kind', value: 'event' },
      { field: 'attribution', value: { who: 'Dam operator', role: 'press office' } },
    ])
    expect(edits.map((item) => item.by)).toEqual([bob.publicKey, bob.publicKey, alice.publicKey])
    expect(edits[0]!.at).toBe(edits[1]!.at)
    expect(edits[2]!.at > edits[0]!.at).toBe(true)
  })

  it('keeps only the last edit of a field (last writer wins), by whoever made it', () => {
    const dossier = newDossier()
    const id = claimOf(dossier)
    dossier.editClaim(id, { tags: ['dam'] }, alice)
    dossier.editClaim(id, { tags: ['dam', 'operator'] }, bob)
    dossier.editClaim(id, { assignee: 'Carol Lin' }, alice)
    dossier.editClaim(id, { assignee: null }, bob)

    const edits = editsIn(dossier.timeline(id))
    expect(edits.map(({ edit, by }) => [edit, by])).toEqual([
      [{ field: 'tags', value: ['dam', 'operator'] }, bob.publicKey],
      [{ field: 'assignee', value: null }, bob.publicKey],
    ])
  })

  it('shows an edit made on another replica once it arrives, and a removed claim', () => {
    const dossier = newDossier()
    const id = claimOf(dossier)
    const other = replicaOf(dossier)
    other.editClaim(id, { text: 'Twenty-three missing' }, bob)
    other.editClaim(id, { removed: true }, bob)
    expect(editsIn(dossier.timeline(id))).toEqual([])

    syncBoth(dossier, other)
    expect(editsIn(dossier.timeline(id)).map(({ edit, by }) => [edit, by])).toEqual([
      [{ field: 'text', value: 'Twenty-three missing' }, bob.publicKey],
      [{ field: 'removed', value: true }, bob.publicKey],
    ])
  })

  it('leaves out a malformed edit, which is quarantined instead', () => {
    const dossier = newDossier()
    const id = claimOf(dossier)
    dossier.doc.getMap('claimEdits').set(`${id}/text`, { value: '', by: bob.publicKey, at: 'x' })
    dossier.doc
      .getMap('claimEdits')
      .set(`${id}/kind`, { value: 'rumour', by: bob.publicKey, at: '2026-11-01T09:00:00.000Z' })

    expect(editsIn(dossier.timeline(id))).toEqual([])
    expect(dossier.claim(id)!.text).toBe('23 missing')
    expect(dossier.quarantine().map((item) => item.id)).toEqual(
      expect.arrayContaining([`${id}/text`, `${id}/kind`]),
    )
  })
})
