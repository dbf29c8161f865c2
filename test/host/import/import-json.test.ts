import { readdir } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { Library } from '../../../src/main/host/library/library'
import { libraryDocProvider } from '../../../src/main/host/serve/library-doc-provider'
import { libraryRpc } from '../../../src/main/host/serve/library-rpc'
import { SyncHub, withLibraryRoom } from '../../../src/main/host/sync'
import { LIBRARY_ROOM } from '../../../src/shared/protocol/library-room'
import { onCleanup } from '../../support/cleanup'
import { tamperedExport } from '../../support/tampered-export'
import { tempDir } from '../../support/temp-dir'
import { portReplica } from '../sync/support/replicas'

const startLibraryHub = async () => {
  const dir = await tempDir()
  const library = await Library.open(dir)
  const hub = new SyncHub({
    docs: withLibraryRoom(libraryDocProvider(library, () => undefined)),
    rpc: libraryRpc(library),
  })
  onCleanup(async () => {
    await hub.close()
    await library.close()
  })
  const caller = portReplica(hub, LIBRARY_ROOM)
  await caller.synced
  return { dir, library, caller }
}

describe('a JSON export imported on the host (RPC import, kind json)', () => {
  it('adds the dossier whole and answers how many decisions in it are tampered or unsigned', async () => {
    const { library, caller } = await startLibraryHub()
    const text = tamperedExport()
    const first = await caller.session.rpc.call('import', { kind: 'json', text })
    expect(first.untrusted).toEqual({ tampered: 1, unsigned: 0 })
    expect(first.dossier).toMatchObject({ title: 'Dam', claims: 1 })
    // The same export again comes in as a copy under a new id, still saying so.
    const second = await caller.session.rpc.call('import', { kind: 'json', text })
    expect(second.dossier.id).not.toBe(first.dossier.id)
    expect(second.untrusted).toEqual({ tampered: 1, unsigned: 0 })
    expect((await library.ids()).sort()).toEqual([first.dossier.id, second.dossier.id].sort())
  })

  it('refuses a text that is not an export with invalid-params, and adds nothing', async () => {
    const { dir, caller } = await startLibraryHub()
    const before = (await readdir(dir, { recursive: true })).sort()
    await expect(
      caller.session.rpc.call('import', { kind: 'json', text: '{"format": "something else"}' }),
    ).rejects.toMatchObject({
      code: 'invalid-params',
      message: expect.stringContaining('not a Verification Desk dossier export'),
    })
    expect((await readdir(dir, { recursive: true })).sort()).toEqual(before)
  })
})
