import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { Dossier } from '../../../src/shared/dossier'
import { CLOSE_UNKNOWN_DOSSIER, LIBRARY_ROOM } from '../../../src/shared/protocol'
import { eventually } from '../sync/support/eventually'
import { portReplica, wsReplica } from '../sync/support/replicas'
import { libraryHost } from './support/library-host'
import type { LibraryHost } from './support/library-host'
import { CLAIM_TEXTS } from './support/serve-library'

/** A replica of `id` over a real WebSocket to the host, synced. */
const openReplica = async ({ server }: LibraryHost, id: string) => {
  const replica = await wsReplica(server.syncUrl, id, server.token)
  await replica.synced
  return replica
}

/** Waits until the host has seen every connection to `id` go. */
const noOneOn = ({ server }: LibraryHost, id: string) =>
  eventually(() => expect(server.hub.peers(id)).toEqual([]))

const claimTexts = (doc: Dossier['doc']): string[] =>
  Dossier.open(doc)
    .activeClaims()
    .map((claim) => claim.text)

describe('the trash over RPC', () => {
  it('moves a dossier no one has open to the trash, lists it, and restores it whole', async () => {
    const host = await libraryHost()
    const { id, data, call } = host
    expect(await call('trashList', {})).toEqual({ entries: [] })

    const { entry } = await call('trash', { id })
    expect(entry).toMatchObject({
      id,
      title: 'Dam failure',
      trashId: expect.stringMatching(`^${id}@\\d+$`),
    })
    expect(Date.parse(entry.deletedAt)).not.toBeNaN()
    expect((await call('list', {})).dossiers.map((dossier) => dossier.id)).not.toContain(id)
    expect(await call('trashList', {})).toEqual({ entries: [entry] })
    await fs.access(path.join(data, 'trash', entry.trashId))

    const { dossier } = await call('restore', { entry: entry.trashId })
    expect(dossier).toMatchObject({ id, title: 'Dam failure', claims: 3 })
    expect((await call('trashList', {})).entries).toEqual([])
    const replica = await openReplica(host, id)
    expect(claimTexts(replica.doc)).toEqual([...CLAIM_TEXTS])
  })

  it('lets go of a dossier it only keeps warm, and turns later replicas of it away', async () => {
    const host = await libraryHost()
    const { id, library, server, call } = host
    const replica = await openReplica(host, id)
    Dossier.open(replica.doc).setTitle('Dam failure, edited before the trash')
    await replica.session.rpc.call('flush', {})
    replica.drop()
    await noOneOn(host, id)
    await server.hub.flush()
    // No connection has it, but the host still holds it loaded (warm-dossiers.ts).
    expect(library.isOpen(id)).toBe(true)

    const { entry } = await call('trash', { id })
    expect(entry.title).toBe('Dam failure, edited before the trash')
    expect(library.isOpen(id)).toBe(false)
    const late = await wsReplica(server.syncUrl, id, server.token)
    expect(await late.closed).toMatchObject({ code: CLOSE_UNKNOWN_DOSSIER })

    // Saved before it moved: restored, it has the edit.
    await call('restore', { entry: id })
    const back = await openReplica(host, id)
    expect(Dossier.open(back.doc).meta().title).toBe('Dam failure, edited before the trash')
  })

  it('refuses (busy) while other connections have the dossier open, saying how many', async () => {
    const host = await libraryHost()
    const { id, server, call } = host
    const tab = await openReplica(host, id)
    await expect(call('trash', { id })).rejects.toMatchObject({
      code: 'busy',
      message: `dossier ${id} is open in 1 window or connection (1 browser tab or tool); close it first, then move it to the trash`,
    })
    const window = portReplica(server.hub, id)
    await window.synced
    await expect(call('trash', { id })).rejects.toMatchObject({
      code: 'busy',
      message: expect.stringMatching(
        /is open in 2 windows or connections \((1 browser tab or tool, 1 app window|1 app window, 1 browser tab or tool)\); close them first/,
      ),
    })
    // Nothing moved, and the connections keep syncing.
    expect((await call('trashList', {})).entries).toEqual([])
    Dossier.open(tab.doc).setTitle('Still here')
    await eventually(() => expect(Dossier.open(window.doc).meta().title).toBe('Still here'))

    tab.drop()
    window.drop()
    await noOneOn(host, id)
    expect((await call('trash', { id })).entry).toMatchObject({ id, title: 'Still here' })
  })

  it('refuses (conflict) a dossier shared on the LAN or relayed, until that is stopped', async () => {
    const host = await libraryHost()
    const { id, call } = host
    await call('share', { id })
    await expect(call('trash', { id })).rejects.toMatchObject({
      code: 'conflict',
      message: `dossier ${id} is shared on the LAN; stop that first (in the Share panel, or \`dossier share ${id} --stop\`), then move it to the trash. Members keep their copies`,
    })
    await call('relay', {
      id,
      settings: { url: 'ws://127.0.0.1:9', protocol: 'y-websocket', mode: 'plain' },
    })
    await expect(call('trash', { id })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining(
        `is shared on the LAN and relayed through ws://127.0.0.1:9; stop that first (in the Share panel, or \`dossier share ${id} --stop\` and \`dossier relay ${id} --off\`)`,
      ),
    })
    await call('unshare', { id })
    await expect(call('trash', { id })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining(`is relayed through ws://127.0.0.1:9; stop that first`),
    })
    await call('relay', { id, settings: null })
    await noOneOn(host, id)
    expect((await call('trash', { id })).entry.id).toBe(id)
  })

  it('answers unknown dossiers and trash entries with not-found, and a taken id with conflict', async () => {
    const { id, call } = await libraryHost()
    await expect(call('trash', { id: 'm_unknown0000' })).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringMatching(
        /^no dossier m_unknown0000 in this library .*list the library/,
      ),
    })
    await expect(call('restore', { entry: `${id}@123` })).rejects.toMatchObject({
      code: 'not-found',
      message: `nothing called "${id}@123" is in the trash`,
    })
    await expect(call('emptyTrash', { entry: 'm_gone0000@1' })).rejects.toMatchObject({
      code: 'not-found',
    })
    await expect(call('trash', { id: '../etc' })).rejects.toMatchObject({ code: 'invalid-params' })

    // The dossier deleted, then brought back another way (its `.dossier` file keeps its id).
    const file = await call('export', { id, format: 'dossier' })
    const { entry } = await call('trash', { id })
    await call('import', { kind: 'dossier-file', data: file.content })
    await expect(call('restore', { entry: entry.trashId })).rejects.toMatchObject({
      code: 'conflict',
      message: `dossier ${id} is in the library already; delete or duplicate it before restoring this copy`,
    })
  })

  it('empties one entry or the whole trash for good', async () => {
    const { id, call } = await libraryHost()
    const { dossier: copy } = await call('duplicate', { id })
    const first = (await call('trash', { id })).entry
    const second = (await call('trash', { id: copy.id })).entry
    const listed = (await call('trashList', {})).entries
    expect(listed).toHaveLength(2)
    expect(listed).toEqual(expect.arrayContaining([first, second]))
    expect(await call('emptyTrash', { entry: first.trashId })).toEqual({ removed: 1 })
    expect((await call('trashList', {})).entries).toEqual([second])
    expect(await call('emptyTrash', {})).toEqual({ removed: 1 })
    expect(await call('emptyTrash', {})).toEqual({ removed: 0 })
    await expect(call('restore', { entry: id })).rejects.toMatchObject({ code: 'not-found' })
  })

  it('refuses the changes to viewers and lets them list the trash', async () => {
    const { id, server } = await libraryHost()
    const viewer = portReplica(server.hub, LIBRARY_ROOM, 'viewer')
    await viewer.synced
    const refused = (method: string) => ({
      code: 'forbidden',
      message: `${method} is not open to viewers`,
    })
    await expect(viewer.session.rpc.call('trash', { id })).rejects.toMatchObject(refused('trash'))
    await expect(viewer.session.rpc.call('restore', { entry: id })).rejects.toMatchObject(
      refused('restore'),
    )
    await expect(viewer.session.rpc.call('emptyTrash', {})).rejects.toMatchObject(
      refused('emptyTrash'),
    )
    expect(await viewer.session.rpc.call('trashList', {})).toEqual({ entries: [] })
  })
})
