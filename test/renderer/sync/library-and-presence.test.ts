import { describe, expect, it } from 'vitest'
import { HostConnection, replicaCacheName } from '../../../src/renderer/sync/host-connection'
import { colourOf, otherEditors } from '../../../src/renderer/sync/presence'
import { alice, bob } from '../../support/dossier-fixtures'
import { FAST_BACKOFF, eventually, onCleanup, openReplica, startTestHost } from './support'

const STORY = [
  '# Ferry capsized near the harbour',
  '',
  'The port authority said 14 passengers were rescued on Monday.',
  'A coast guard spokesman later said 19 people had been brought ashore.',
  'The operator denied that the ferry was overloaded.',
].join('\n')

describe('the library through the host', () => {
  it('lists the host’s dossiers and imports a story as a new one', async () => {
    const host = await startTestHost()
    const connection = new HostConnection({
      dialer: host.dialer(),
      scope: host.current.url,
      backoff: FAST_BACKOFF,
    })
    onCleanup(() => connection.close())
    await connection.library.whenLive()
    const before = await connection.library.list()
    expect(before.dossiers.map((dossier) => dossier.id)).toEqual([host.dossierId])
    expect(before.dossiers[0]!.claims).toBeGreaterThan(0)

    const imported = await connection.library.importStory({
      text: STORY,
      filename: 'ferry.md',
      format: 'markdown',
    })
    expect(imported.title).toBe('Ferry capsized near the harbour')
    expect(imported.claims).toBeGreaterThan(0)
    const after = await connection.library.list()
    expect(after.dossiers.map((dossier) => dossier.id)).toContain(imported.id)

    // The new dossier opens like any other.
    const replica = await connection.openDossier(imported.id)
    onCleanup(() => replica.close())
    await replica.whenLive()
    expect(replica.status.hasCopy).toBe(true)
    expect(replicaCacheName(host.current.url, imported.id)).toBe(
      `vdesk:${host.current.url}:${imported.id}`,
    )
  })

  it('fails calls while the host is away, and answers again once it is back', async () => {
    const host = await startTestHost()
    const connection = new HostConnection({
      dialer: host.dialer(),
      scope: 'test',
      backoff: FAST_BACKOFF,
    })
    onCleanup(() => connection.close())
    await connection.library.whenLive()
    await host.stop()
    await eventually(() => expect(connection.library.state.kind).toBe('offline'))
    await expect(connection.library.list()).rejects.toMatchObject({ code: 'disconnected' })
    await host.restart()
    await connection.library.whenLive()
    expect((await connection.library.list()).dossiers).toHaveLength(1)
  })
})

describe('presence', () => {
  it('shows each editor to the others with the claim they have open, and drops them when they leave', async () => {
    const host = await startTestHost()
    const a = await openReplica({ dossierId: host.dossierId, dialer: host.dialer() })
    const b = await openReplica({ dossierId: host.dossierId, dialer: host.dialer() })
    await Promise.all([a.whenLive(), b.whenLive()])
    a.setPresence({ user: { name: alice.name, key: alice.publicKey }, claimId: 'c_one' })
    b.setPresence({ user: { name: bob.name, key: bob.publicKey }, claimId: null })

    await eventually(() =>
      expect(otherEditors(b.awareness)).toEqual([
        {
          clientId: a.doc.clientID,
          name: alice.name,
          key: alice.publicKey,
          claimId: 'c_one',
          source: null,
          colour: colourOf(alice.publicKey),
        },
      ]),
    )
    expect(otherEditors(a.awareness).map((editor) => editor.name)).toEqual([bob.name])

    a.setPresence({ user: { name: alice.name, key: alice.publicKey }, claimId: 'c_two' })
    await eventually(() => expect(otherEditors(b.awareness)[0]?.claimId).toBe('c_two'))

    await a.close()
    await eventually(() => expect(otherEditors(b.awareness)).toEqual([]))
  })

  it('comes back after the host restarts', async () => {
    const host = await startTestHost()
    const a = await openReplica({ dossierId: host.dossierId, dialer: host.dialer() })
    const b = await openReplica({ dossierId: host.dossierId, dialer: host.dialer() })
    a.setPresence({ user: { name: alice.name, key: alice.publicKey } })
    b.setPresence({ user: { name: bob.name, key: bob.publicKey } })
    await eventually(() => expect(otherEditors(b.awareness)).toHaveLength(1))
    await host.stop()
    await eventually(() => expect(otherEditors(b.awareness)).toEqual([]))
    await host.restart()
    // Each side re-announces itself after reconnecting; the two arrive in either order.
    await eventually(() => {
      expect(otherEditors(b.awareness).map((e) => e.name)).toEqual([alice.name])
      expect(otherEditors(a.awareness).map((e) => e.name)).toEqual([bob.name])
    })
  })
})
