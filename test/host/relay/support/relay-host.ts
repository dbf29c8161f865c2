import * as Y from 'yjs'
import { ClientSession } from '../../../../src/shared/protocol'
import { memoryPair } from '../../../../src/shared/transport'
import { Library } from '../../../../src/main/host/library/library'
import type { DossierHandle } from '../../../../src/main/host/library/library'
import { RelayLinks } from '../../../../src/main/host/relay'
import type { RelayLinksOptions } from '../../../../src/main/host/relay'
import { libraryDocProvider } from '../../../../src/main/host/serve/library-doc-provider'
import { SyncHub } from '../../../../src/main/host/sync'
import { onCleanup } from '../../../support/cleanup'

export interface RelayHost {
  readonly library: Library
  readonly hub: SyncHub
  readonly relays: RelayLinks
  readonly problems: string[]
  /** The dossier as this host holds it (opened once, kept open for the test). */
  open(id: string): Promise<DossierHandle>
  stop(): Promise<void>
}

/** A host as `dossier serve` assembles one, minus the web server: library, hub, relay links. */
export const relayHost = async (
  dir: string,
  options: Pick<RelayLinksOptions, 'sealing' | 'compactAfter'> = {},
): Promise<RelayHost> => {
  const library = await Library.open(dir)
  const problems: string[] = []
  let hub: SyncHub | null = null
  const relays = await RelayLinks.start({
    library,
    connect: (transport, options) =>
      hub === null ? transport.close(1013, 'starting') : hub.connect(transport, options),
    onProblem: (line) => problems.push(line),
    ...options,
  })
  hub = new SyncHub({ docs: libraryDocProvider(library, (error) => problems.push(String(error))) })
  const handles: DossierHandle[] = []
  let stopped = false
  const stop = async (): Promise<void> => {
    if (stopped) return
    stopped = true
    relays.close()
    await hub!.close()
    for (const handle of handles) await handle.close()
    await library.close()
  }
  onCleanup(stop)
  return {
    library,
    hub,
    relays,
    problems,
    open: async (id) => {
      const handle = await library.open(id)
      handles.push(handle)
      return handle
    },
    stop,
  }
}

/** An editor with the dossier open on `host`'s hub (a replica's connection, in memory). */
export const presentOn = (host: RelayHost, id: string, name: string): void => {
  const pair = memoryPair()
  host.hub.connect(pair.b, { dossierId: id, role: 'editor' })
  const session = new ClientSession({ doc: new Y.Doc(), send: (bytes) => pair.a.send(bytes) })
  pair.a.onMessage((bytes) => session.receive(bytes))
  session.awareness.setLocalState({ user: { name }, dossierId: id, claimId: null })
  session.start()
  onCleanup(() => {
    session.destroy()
    pair.a.close()
  })
}
