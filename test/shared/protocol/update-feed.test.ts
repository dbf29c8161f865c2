import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { UpdateFeed } from '../../../src/shared/protocol'

/** Everything a feed hands its listeners, in order. */
const record = (doc: Y.Doc): { updates: Uint8Array[]; origins: unknown[]; stop: () => void } => {
  const updates: Uint8Array[] = []
  const origins: unknown[] = []
  const stop = UpdateFeed.of(doc).subscribe((update, origin) => {
    updates.push(update)
    origins.push(origin)
  })
  return { updates, origins, stop }
}

/** A document built from nothing but `updates`: what a peer fed by the listener would hold. */
const replay = (updates: readonly Uint8Array[]): Y.Doc => {
  const doc = new Y.Doc()
  for (const update of updates) Y.applyUpdate(doc, update)
  return doc
}

const source = (): { doc: Y.Doc; update: Uint8Array } => {
  const doc = new Y.Doc()
  doc.getArray<string>('claims').push(['one', 'two'])
  doc.getText('story').insert(0, 'A port reopened.')
  return { doc, update: Y.encodeStateAsUpdate(doc) }
}

describe('UpdateFeed', () => {
  it('hands on local changes as Yjs encodes them', () => {
    const doc = new Y.Doc()
    const heard = record(doc)
    doc.transact(() => doc.getArray<string>('claims').push(['mine']), 'me')
    expect(heard.origins).toEqual(['me'])
    expect(replay(heard.updates).getArray('claims').toArray()).toEqual(['mine'])
  })

  it('hands on the received bytes themselves, once, for an update applied through it', () => {
    const { update } = source()
    const doc = new Y.Doc()
    const heard = record(doc)
    const origin = { peer: 1 }
    UpdateFeed.of(doc).applyReceived(update, origin)
    expect(heard.updates).toHaveLength(1)
    expect(heard.updates[0]).toBe(update)
    expect(heard.origins[0]).toBe(origin)
    expect(doc.getText('story').toString()).toBe('A port reopened.')
  })

  it('says nothing for an update that changes nothing', () => {
    const { update } = source()
    const doc = new Y.Doc()
    Y.applyUpdate(doc, update)
    const heard = record(doc)
    UpdateFeed.of(doc).applyReceived(update, 'again')
    expect(heard.updates).toEqual([])
  })

  it('hands on what an observer changes in reaction, encoded by Yjs', () => {
    const { doc: from, update } = source()
    const doc = new Y.Doc()
    const seen = doc.getArray<number>('seen')
    doc.getArray<string>('claims').observe((event) => {
      if (!event.transaction.local) doc.transact(() => seen.push([event.changes.added.size]), 'me')
    })
    const heard = record(doc)
    UpdateFeed.of(doc).applyReceived(update, 'peer')
    expect(heard.origins).toEqual(['peer', 'me'])
    const peer = replay(heard.updates)
    expect(peer.getArray('claims').toArray()).toEqual(from.getArray('claims').toArray())
    expect(peer.getArray('seen').toArray()).toEqual([1])
    // The feed listens again after the received transaction: later changes are heard too.
    doc.getText('story').insert(0, 'Now: ')
    expect(replay(heard.updates).getText('story').toString()).toBe('Now: A port reopened.')
  })

  it('lets Yjs encode when the update completes changes the document held back', () => {
    const from = new Y.Doc()
    const text = from.getText('story')
    text.insert(0, 'first')
    const first = Y.encodeStateAsUpdate(from)
    const before = Y.encodeStateVector(from)
    text.insert(5, ', then second')
    const second = Y.encodeStateAsUpdate(from, before)

    const doc = new Y.Doc()
    Y.applyUpdate(doc, second) // held back: it builds on `first`
    const heard = record(doc)
    UpdateFeed.of(doc).applyReceived(first, 'peer')
    expect(doc.getText('story').toString()).toBe('first, then second')
    // A listener that forwards what it hears gives a peer both changes, not only `first`.
    expect(replay(heard.updates).getText('story').toString()).toBe('first, then second')
  })

  it('works inside a transaction already under way', () => {
    const { update } = source()
    const doc = new Y.Doc()
    const heard = record(doc)
    doc.transact(() => {
      doc.getText('story').insert(0, '')
      UpdateFeed.of(doc).applyReceived(update, 'peer')
    }, 'outer')
    expect(heard.origins).toEqual(['outer'])
    expect(replay(heard.updates).getText('story').toString()).toBe('A port reopened.')
  })

  it('stops listening to the document when its last listener leaves', () => {
    const doc = new Y.Doc()
    const first = record(doc)
    const second = record(doc)
    first.stop()
    doc.getArray<string>('claims').push(['x'])
    expect(first.updates).toEqual([])
    expect(second.updates).toHaveLength(1)
    second.stop()
    expect(doc._observers.has('update')).toBe(false)
    expect(doc._observers.has('afterTransactionCleanup')).toBe(false)
  })
})
