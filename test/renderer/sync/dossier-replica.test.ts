import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Dossier } from '../../../src/shared/dossier'
import { alice, bob } from '../../support/dossier-fixtures'
import { sessionClient } from '../../support/session-client'
import {
  eventually,
  freshCacheName,
  openReplica,
  startTestHost,
  viewOf,
  waitForLink,
} from './support'

const sameState = (a: Y.Doc, b: Y.Doc): boolean =>
  Buffer.from(Y.encodeStateVector(a)).equals(Buffer.from(Y.encodeStateVector(b)))

const syncPath = (url: string): string => `${url.replace(/^http/, 'ws').replace(/\/$/, '')}/sync`

describe('the renderer’s dossier replica against a real hub', () => {
  it('converges with a plain ClientSession replica while both edit', async () => {
    const host = await startTestHost()
    const replica = await openReplica({ dossierId: host.dossierId, dialer: host.dialer() })
    const other = await sessionClient(syncPath(host.current.url), host.dossierId, host.token)
    await Promise.all([replica.whenLive(), other.synced])

    const ours = Dossier.open(replica.doc)
    const theirs = Dossier.open(other.doc)
    const [first, second] = ours.activeClaims()
    expect(first).toBeDefined()
    expect(second).toBeDefined()
    // Both sides change things at once, including the same claim's status.
    const added = ours.addClaim(
      {
        text: 'A spokesman gave a third figure',
        attribution: { who: 'Spokesman' },
        kind: 'figure',
      },
      alice,
    )
    ours.decide(first!.id, { status: 'confirmed', rationale: 'Two sources agree' }, alice)
    theirs.decide(first!.id, { status: 'disputed', rationale: 'The log disagrees' }, bob)
    theirs.addComment(second!.id, 'Calling the agency back', bob)

    const hostDoc = host.library.docs.get(host.dossierId)!
    await eventually(() => {
      expect(sameState(replica.doc, hostDoc)).toBe(true)
      expect(sameState(other.doc, hostDoc)).toBe(true)
    })
    expect(viewOf(replica.doc)).toEqual(viewOf(other.doc))
    expect(viewOf(hostDoc)).toEqual(viewOf(replica.doc))
    expect(ours.claim(added)).toBeDefined()
    expect(theirs.claim(first!.id)!.label).toBe('conflict')
    expect(replica.status).toMatchObject({ link: { kind: 'live' }, hasCopy: true })
  })

  it('reconnects after the host restarts, and resyncs what was changed on both sides meanwhile', async () => {
    const host = await startTestHost()
    const replica = await openReplica({ dossierId: host.dossierId, dialer: host.dialer() })
    await replica.whenLive()

    await host.stop()
    await waitForLink(replica, 'offline')
    expect(replica.status.hasCopy).toBe(true)
    // The editor goes on working offline; the host's document also moves on without us.
    const offlineClaim = Dossier.open(replica.doc).addClaim(
      { text: 'Made while the host was down', attribution: { who: 'Desk' }, kind: 'other' },
      alice,
    )
    const hostDoc = host.library.docs.get(host.dossierId)!
    const hostClaim = Dossier.open(hostDoc).addClaim(
      { text: 'Made on the host meanwhile', attribution: { who: 'Host' }, kind: 'other' },
      bob,
    )

    await host.restart()
    await waitForLink(replica, 'live')
    await eventually(() => expect(sameState(replica.doc, hostDoc)).toBe(true))
    expect(Dossier.open(hostDoc).claim(offlineClaim)).toBeDefined()
    expect(Dossier.open(replica.doc).claim(hostClaim)).toBeDefined()

    // And a second editor connecting to the restarted host gets the offline change.
    const late = await sessionClient(syncPath(host.current.url), host.dossierId, host.token)
    await late.synced
    expect(Dossier.open(late.doc).claim(offlineClaim)?.text).toBe('Made while the host was down')
  })

  it('paints a reopened dossier from IndexedDB while the host is down', async () => {
    const host = await startTestHost()
    const cacheName = freshCacheName()
    const first = await openReplica({ dossierId: host.dossierId, dialer: host.dialer(), cacheName })
    await first.whenLive()
    const expected = viewOf(first.doc)
    await first.close()
    await host.stop()

    const reopened = await openReplica({
      dossierId: host.dossierId,
      dialer: host.dialer(),
      cacheName,
    })
    // Right away, before any answer from anyone: the copy is there.
    expect(reopened.status.hasCopy).toBe(true)
    expect(viewOf(reopened.doc)).toEqual(expected)
    await waitForLink(reopened, 'offline')
    expect(reopened.status).toMatchObject({ hasCopy: true, cacheProblem: null })
  })

  it('paints from the cache before a slow host answers, then takes the host’s changes', async () => {
    const host = await startTestHost({ acquireDelayMs: 400 })
    const cacheName = freshCacheName()
    const first = await openReplica({ dossierId: host.dossierId, dialer: host.dialer(), cacheName })
    await first.whenLive()
    await first.close()
    const hostDoc = host.library.docs.get(host.dossierId)!
    const later = Dossier.open(hostDoc).addClaim(
      { text: 'Added on the host after we left', attribution: { who: 'Host' }, kind: 'other' },
      bob,
    )

    const reopened = await openReplica({
      dossierId: host.dossierId,
      dialer: host.dialer(),
      cacheName,
    })
    expect(reopened.status.link.kind).toBe('connecting')
    expect(Dossier.open(reopened.doc).claim(later)).toBeUndefined()
    expect(Dossier.open(reopened.doc).activeClaims().length).toBeGreaterThan(0)
    await reopened.whenLive()
    expect(Dossier.open(reopened.doc).claim(later)?.text).toBe('Added on the host after we left')
  })

  it('says it was refused when the token is wrong, and keeps what it has', async () => {
    const host = await startTestHost()
    const replica = await openReplica({
      dossierId: host.dossierId,
      dialer: host.dialer('not-the-token'),
    })
    await waitForLink(replica, 'refused')
    expect(replica.status.hasCopy).toBe(false)
    expect(host.current.hub.stats.connections).toBe(0)
  })

  it('stops trying for a dossier the host does not have', async () => {
    const host = await startTestHost()
    const replica = await openReplica({ dossierId: 'm_nosuchdossier', dialer: host.dialer() })
    await waitForLink(replica, 'error')
    expect(replica.status.link).toMatchObject({
      kind: 'error',
      reason: 'the host has no such dossier',
      retryAt: null,
    })
  })

  it('keeps no copy, and says why, when IndexedDB is unavailable', async () => {
    const host = await startTestHost()
    const replica = await openReplica({
      dossierId: host.dossierId,
      dialer: host.dialer(),
      cacheName: null,
    })
    await replica.whenLive()
    expect(replica.status.cacheProblem).toMatch(/no copy/)
    expect(viewOf(replica.doc)).toEqual(viewOf(host.library.docs.get(host.dossierId)!))
  })
})
