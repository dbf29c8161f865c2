import { describe, expect, it } from 'vitest'
import { withHostLimits } from '../../../src/main/host/host-limits'
import type { HostLimitOverrides } from '../../../src/main/host/host-limits'
import { Library } from '../../../src/main/host/library/library'
import { libraryDocProvider } from '../../../src/main/host/serve/library-doc-provider'
import { libraryRpc } from '../../../src/main/host/serve/library-rpc'
import { SyncHub, withLibraryRoom } from '../../../src/main/host/sync'
import { LIBRARY_ROOM } from '../../../src/shared/protocol/library-room'
import { onCleanup } from '../../support/cleanup'
import { eventually } from '../../support/eventually'
import { tempDir } from '../../support/temp-dir'
import { longStory } from '../../shared/ingest/long-story'
import { portReplica } from '../sync/support/replicas'

const startLibraryHub = async (limits: HostLimitOverrides = {}) => {
  const library = await Library.open(await tempDir())
  const hub = new SyncHub({
    docs: withLibraryRoom(libraryDocProvider(library, () => undefined)),
    rpc: libraryRpc(library, withHostLimits(limits)),
  })
  onCleanup(async () => {
    await hub.close()
    await library.close()
  })
  const caller = portReplica(hub, LIBRARY_ROOM)
  await caller.synced
  return { library, hub, caller }
}

describe('story imports on the host', () => {
  it('run off the host’s thread: a sync round-trip completes while a large import runs', async () => {
    const { library, hub, caller } = await startLibraryHub()
    const dossierId = await library.create({ title: 'Meanwhile', sourceText: '' })
    const a = portReplica(hub, dossierId)
    const b = portReplica(hub, dossierId)
    await Promise.all([a.synced, b.synced])

    let imported = false
    const importing = caller.session.rpc
      .call('import', { kind: 'story', text: longStory(20_000), title: 'Large' })
      .finally(() => (imported = true))
    // Edits go back and forth for as long as the import runs. Had ingest held the host's thread,
    // none could cross it until the import was over: only the few made before ingest began (10
    // when tried, against 1,000 with the worker).
    let roundTrips = 0
    const notes = a.doc.getText('source')
    while (!imported) {
      const line = `edit ${roundTrips}\n`
      notes.insert(notes.length, line)
      await eventually(() => expect(b.doc.getText('source').toString()).toContain(line), 60_000)
      if (!imported) roundTrips++
    }
    expect(roundTrips).toBeGreaterThan(100)

    const { dossier } = await importing
    expect(dossier.title).toBe('Large')
    expect(dossier.claims).toBeGreaterThan(10_000)
    expect(await library.ids()).toContain(dossier.id)
  }, 120_000)

  it('an import over its time budget is stopped, says what to do and adds nothing', async () => {
    const { library, caller } = await startLibraryHub({ importMs: 200 })
    await expect(
      caller.session.rpc.call('import', { kind: 'story', text: longStory(20_000) }),
    ).rejects.toMatchObject({
      code: 'invalid-params',
      message: expect.stringMatching(
        /took more than 0\.2 s to import and was stopped; nothing was added\. Split it/,
      ),
    })
    expect(await library.ids()).toEqual([])
  })

  it('a story that would make a dossier over the size limit is refused whole', async () => {
    const { library, caller } = await startLibraryHub({ dossierBytes: 64 * 1024 })
    await expect(
      caller.session.rpc.call('import', { kind: 'story', text: longStory(2_000) }),
    ).rejects.toMatchObject({
      code: 'invalid-params',
      message: expect.stringMatching(
        /makes a dossier of .* MiB, over the 0\.1 MiB a dossier may hold/,
      ),
    })
    expect(await library.ids()).toEqual([])
    const { dossier } = await caller.session.rpc.call('import', {
      kind: 'story',
      text: longStory(20),
    })
    expect(await library.ids()).toEqual([dossier.id])
  })

  it('story imports running at once are capped host-wide: the extra one is answered busy', async () => {
    const { library, caller } = await startLibraryHub({ imports: 1 })
    // One connection, so the host surely has the first call when the second arrives.
    const other = caller
    const first = caller.session.rpc.call('import', { kind: 'story', text: longStory(4_000) })
    await expect(
      other.session.rpc.call('import', { kind: 'story', text: longStory(20) }),
    ).rejects.toMatchObject({ code: 'busy', message: expect.stringMatching(/imports are running/) })
    const { dossier } = await first
    // Once it is done, the next one goes through.
    await other.session.rpc.call('import', { kind: 'story', text: longStory(20) })
    expect(await library.ids()).toHaveLength(2)
    expect(await library.ids()).toContain(dossier.id)
  })
})
