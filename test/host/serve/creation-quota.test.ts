import { describe, expect, it } from 'vitest'
import { withHostLimits } from '../../../src/main/host/host-limits'
import { Library } from '../../../src/main/host/library/library'
import { libraryDocProvider } from '../../../src/main/host/serve/library-doc-provider'
import { libraryRpc } from '../../../src/main/host/serve/library-rpc'
import { SyncHub, withLibraryRoom } from '../../../src/main/host/sync'
import { LIBRARY_ROOM } from '../../../src/shared/protocol/library-room'
import { onCleanup } from '../../support/cleanup'
import { tempDir } from '../../support/temp-dir'
import { portReplica } from '../sync/support/replicas'

describe('the creation quota', () => {
  it('caps new dossiers per connection and per library, with an error that says why', async () => {
    const library = await Library.open(await tempDir())
    const hub = new SyncHub({
      docs: withLibraryRoom(libraryDocProvider(library, () => undefined)),
      rpc: libraryRpc(
        library,
        withHostLimits({ creates: { burst: 2, perSecond: 1 / 3600 }, libraryDossiers: 3 }),
      ),
    })
    onCleanup(async () => {
      await hub.close()
      await library.close()
    })
    const eager = portReplica(hub, LIBRARY_ROOM)
    await eager.synced
    await eager.session.rpc.call('create', { title: 'One' })
    await eager.session.rpc.call('import', { kind: 'story', text: 'The mayor said 40 left.' })
    await expect(eager.session.rpc.call('create', { title: 'Three' })).rejects.toMatchObject({
      code: 'quota-exceeded',
      message: expect.stringMatching(/too many new dossiers from this connection.*wait a minute/),
    })

    const other = portReplica(hub, LIBRARY_ROOM)
    await other.synced
    await other.session.rpc.call('create', { title: 'Three' })
    await expect(other.session.rpc.call('create', { title: 'Four' })).rejects.toMatchObject({
      code: 'quota-exceeded',
      message: expect.stringMatching(/library holds 3 dossiers, its limit/),
    })
    expect(await library.ids()).toHaveLength(3)
  })
})
