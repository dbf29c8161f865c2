import { afterEach, describe, expect, it } from 'vitest'
import {
  hasWarmIngestWorker,
  stopWarmIngestWorker,
} from '../../../src/main/host/import/ingest-workers'
import { Dossier } from '../../../src/shared/dossier'
import { LIBRARY_ROOM } from '../../../src/shared/protocol'
import { portReplica, wsReplica } from '../sync/support/replicas'
import { libraryHost } from './support/library-host'

describe('rename and duplicate over RPC', () => {
  it('renames live for the dossier’s replicas, and copies under a new id', async () => {
    const { id, server, call } = await libraryHost()
    const watcher = await wsReplica(server.syncUrl, id, server.token)
    await watcher.synced
    const { dossier } = await call('rename', { id, title: 'Dam failure, day two', story: 'Day 2' })
    expect(dossier).toMatchObject({ id, title: 'Dam failure, day two', story: 'Day 2', claims: 3 })
    await expect.poll(() => Dossier.open(watcher.doc).meta().title).toBe('Dam failure, day two')

    const { dossier: copy } = await call('duplicate', { id })
    expect(copy).toMatchObject({ title: 'Dam failure, day two (copy)', story: 'Day 2', claims: 3 })
    expect(copy.id).not.toBe(id)
    const { dossier: named } = await call('duplicate', { id, title: 'Second desk' })
    expect(named.title).toBe('Second desk')
    const listed = (await call('list', {})).dossiers.map((item) => item.id)
    expect(listed).toEqual(expect.arrayContaining([id, copy.id, named.id]))
  })

  it('refuses an unknown dossier, an empty title and viewers, in words', async () => {
    const { id, server, call } = await libraryHost()
    await expect(call('rename', { id: 'm_unknown0000', title: 'x' })).rejects.toMatchObject({
      code: 'not-found',
    })
    await expect(call('duplicate', { id: 'm_unknown0000' })).rejects.toMatchObject({
      code: 'not-found',
    })
    await expect(call('rename', { id, title: '   ' })).rejects.toMatchObject({
      code: 'invalid-params',
      message: 'a title needs 1 to 500 characters',
    })
    await expect(call('rename', { id, title: '' })).rejects.toMatchObject({
      code: 'invalid-params',
    })
    const viewer = portReplica(server.hub, LIBRARY_ROOM, 'viewer')
    await viewer.synced
    await expect(viewer.session.rpc.call('rename', { id, title: 'Mine' })).rejects.toMatchObject({
      code: 'forbidden',
    })
    await expect(viewer.session.rpc.call('duplicate', { id })).rejects.toMatchObject({
      code: 'forbidden',
    })
    expect((await call('list', {})).dossiers).toMatchObject([{ id, title: 'Dam failure' }])
  })
})

describe('prepareImport over RPC', () => {
  afterEach(() => stopWarmIngestWorker())

  it('readies the host’s import worker for an editor, and a story imported next is whole', async () => {
    const { server, call } = await libraryHost()
    await stopWarmIngestWorker()
    const viewer = portReplica(server.hub, LIBRARY_ROOM, 'viewer')
    await viewer.synced
    await expect(viewer.session.rpc.call('prepareImport', {})).rejects.toMatchObject({
      code: 'forbidden',
    })
    expect(hasWarmIngestWorker()).toBe(false)

    expect(await call('prepareImport', {})).toEqual({})
    expect(hasWarmIngestWorker()).toBe(true)
    const { dossier } = await call('import', {
      kind: 'story',
      text: 'Forty-two homes were flooded on Friday, the county council said.',
      title: 'Flood',
    })
    expect(dossier).toMatchObject({ title: 'Flood', claims: 1 })
  })
})
