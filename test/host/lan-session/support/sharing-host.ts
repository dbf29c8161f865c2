import { Library } from '../../../../src/main/host/library/library'
import type { DossierHandle } from '../../../../src/main/host/library/library'
import { startSharing } from '../../../../src/main/host/lan-session'
import type { SharingServicesOptions } from '../../../../src/main/host/lan-session'
import { libraryDocProvider } from '../../../../src/main/host/serve/library-doc-provider'
import { SyncHub } from '../../../../src/main/host/sync'
import type { RpcContext, RpcHandler } from '../../../../src/main/host/sync'
import { onCleanup } from '../../../support/cleanup'

export const RPC_CONTEXT: RpcContext = {
  connection: 'p_test',
  dossierId: 'library',
  role: 'editor',
}

export type SharingHostOptions = Pick<SharingServicesOptions, 'relayJoin' | 'compactAfter'>

/**
 * A host as `dossier serve` assembles one, minus the web server: its library, its hub, and its
 * sharing (LAN on 127.0.0.1, relays, invite doors), with the RPC methods the app calls.
 */
export const sharingHost = async (dir: string, options: SharingHostOptions = {}) => {
  const library = await Library.open(dir)
  const problems: string[] = []
  let hub: SyncHub | null = null
  const sharing = await startSharing({
    library,
    connect: (transport, connectOptions) =>
      hub === null ? transport.close(1013, 'starting') : hub.connect(transport, connectOptions),
    listen: { host: '127.0.0.1', port: 0 },
    onProblem: (line) => problems.push(line),
    ...options,
  })
  hub = new SyncHub({
    docs: libraryDocProvider(library, (error) => problems.push(String(error))),
    rpc: sharing.rpc,
  })
  const handles: DossierHandle[] = []
  let stopped = false
  const stop = async (): Promise<void> => {
    if (stopped) return
    stopped = true
    await sharing.close()
    await hub!.close()
    for (const handle of handles) await handle.close()
    await library.close()
  }
  onCleanup(stop)
  return {
    dir,
    library,
    hub,
    lan: sharing.lan,
    relays: sharing.relays,
    rpc: sharing.rpc as Required<RpcHandler>,
    problems,
    /** The dossier as this host holds it (opened once, kept open for the test). */
    open: async (id: string): Promise<DossierHandle> => {
      const handle = await library.open(id)
      handles.push(handle)
      return handle
    },
    stop,
  }
}
export type SharingHost = Awaited<ReturnType<typeof sharingHost>>
