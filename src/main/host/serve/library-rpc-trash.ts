import { RpcError } from '../../../shared/protocol'
import type { Peer } from '../../../shared/protocol'
import type { LanSessions } from '../lan-session'
import type { RelayLinks } from '../relay'
import type { RpcHandler } from '../sync/rpc-dispatch'
import type { SyncHub } from '../sync/sync-hub'
import { answered } from './library-rpc-errors'
import type { LibraryRpcBase } from './library-rpc-errors'
import type { LibraryDocProvider } from './library-doc-provider'

/**
 * What on the host besides the library may hold a dossier that is to go to the trash: the hub's
 * connections to it, the dossiers the hub keeps warm, and the LAN sessions and relay links.
 */
export interface DossierHolders {
  /**
   * The hub's connections to `id` (app windows, browser tabs, tools, LAN members, relay links),
   * once every room whose last connection has left has handed its dossier back.
   */
  connections(id: string): Promise<readonly Peer[]>
  /** Lets `id` go if the host only keeps it warm; resolves once it is saved and closed. */
  releaseWarm(id: string): Promise<void>
  /** How `id` is shared (on the LAN, through a relay); null when it is not. */
  sharing(id: string): { readonly lan: boolean; readonly relay: string | null }
}

/** The holders of a host as `dossier serve` and the desktop host assemble one. */
export const hostHolders = (parts: {
  /** The hub, once it exists (it is made after its RPC handler). */
  readonly hub: () => Pick<SyncHub, 'peers' | 'flush'> | null
  readonly docs: Pick<LibraryDocProvider, 'release'>
  readonly lan: Pick<LanSessions, 'isHeld'>
  readonly relays: Pick<RelayLinks, 'settingsOf'>
}): DossierHolders => ({
  connections: async (id) => {
    const hub = parts.hub()
    if (hub === null) return []
    // A room whose last connection just left releases its dossier (into the warm ones) once its
    // writes are on disk: wait for that, so it is not counted as open nor missed as warm.
    await hub.flush()
    return hub.peers(id)
  },
  releaseWarm: (id) => parts.docs.release(id),
  sharing: (id) => ({ lan: parts.lan.isHeld(id), relay: parts.relays.settingsOf(id)?.url ?? null }),
})

const KINDS: Readonly<Record<string, readonly [string, string]>> = {
  port: ['app window', 'app windows'],
  websocket: ['browser tab or tool', 'browser tabs or tools'],
  lan: ['LAN member', 'LAN members'],
  relay: ['relay link', 'relay links'],
}

/** "2 windows or connections (1 app window, 1 LAN member)". */
export const describeConnections = (peers: readonly Peer[]): string => {
  const byKind = new Map<string, number>()
  for (const peer of peers) byKind.set(peer.transport, (byKind.get(peer.transport) ?? 0) + 1)
  const parts = [...byKind].map(([kind, n]) => {
    const [one, many] = KINDS[kind] ?? ['other connection', 'other connections']
    return `${n} ${n === 1 ? one : many}`
  })
  const n = peers.length
  return `${n} ${n === 1 ? 'window or connection' : 'windows or connections'} (${parts.join(', ')})`
}

/**
 * Why `id` cannot go to the trash now, or null. A shared or relayed dossier is refused rather
 * than unshared on the way: stopping a session changes what other devices see, and restoring
 * the dossier would not share it again.
 */
const refusal = async (holders: DossierHolders, id: string): Promise<RpcError | null> => {
  const { lan, relay } = holders.sharing(id)
  if (lan || relay !== null) {
    const how = [lan ? 'shared on the LAN' : '', relay === null ? '' : `relayed through ${relay}`]
      .filter(Boolean)
      .join(' and ')
    const stop = [
      lan ? `\`dossier share ${id} --stop\`` : '',
      relay === null ? '' : `\`dossier relay ${id} --off\``,
    ]
      .filter(Boolean)
      .join(' and ')
    return new RpcError(
      'conflict',
      `dossier ${id} is ${how}; stop that first (in the Share panel, or ${stop}), then move it to the trash. Members keep their copies`,
    )
  }
  const open = await holders.connections(id)
  if (open.length > 0) {
    return new RpcError(
      'busy',
      `dossier ${id} is open in ${describeConnections(open)}; close ${open.length === 1 ? 'it' : 'them'} first, then move it to the trash`,
    )
  }
  return null
}

/** The trash as RPC methods: `trash`, `trashList`, `restore`, `emptyTrash`. */
export const trashRpc = (
  { library, known, summary }: LibraryRpcBase,
  holders: DossierHolders | null,
): RpcHandler => ({
  trash: ({ id }) =>
    answered(async () => {
      await known(id)
      if (holders !== null) {
        const refused = await refusal(holders, id)
        if (refused !== null) throw refused
        // Kept warm only: nobody has it open, so it is saved and let go.
        await holders.releaseWarm(id)
      }
      try {
        return { entry: await library.delete(id) }
      } catch (error) {
        // Opened in between (a connection, an export): the library refuses, and says so.
        if (library.isOpen(id))
          throw new RpcError(
            'busy',
            `dossier ${id} is in use on this host (opened, exported or frozen just now); try again in a moment`,
          )
        throw error
      }
    }),
  trashList: () => answered(async () => ({ entries: await library.listTrash() })),
  restore: ({ entry }) =>
    answered(async () => ({ dossier: await summary(await library.restore(entry)) })),
  emptyTrash: ({ entry }) => answered(async () => ({ removed: await library.emptyTrash(entry) })),
})
