import { RpcError } from '../../../shared/protocol'
import type { RelayStatusWire } from '../../../shared/protocol'
import type { RelaySettings } from '../../../shared/relay'
import type { Transport } from '../../../shared/transport'
import type { Library } from '../library/library'
import type { ConnectOptions } from '../sync/sync-hub'
import { dialHocuspocus } from './hocuspocus-socket'
import { fetchFromRelay } from './relay-fetch'
import { RelayLink } from './relay-link'
import { dialRelay } from './relay-socket'
import { RelayStore } from './relay-store'
import { dialSealed } from './sealed-socket'
import type { SealingContext } from './sealed-socket'
import type { RelaysFile } from './relay-store'

export interface RelayLinksOptions {
  readonly library: Library
  /** Hands an open relay link to the hub (`hub.connect`). */
  readonly connect: (transport: Transport, options: ConnectOptions) => unknown
  readonly onProblem?: (line: string) => void
  readonly now?: () => number
  /** How a relay room is reached (default: a WebSocket, `relay-socket.ts`). */
  readonly dial?: (settings: RelaySettings, dossierId: string) => Transport
  /**
   * What sealing `dossierId` takes (its LAN session's secret, this device, its members); null
   * when it is not shared on the LAN, which sealed relaying needs.
   */
  readonly sealing?: (dossierId: string) => SealingContext | null
  /** Envelopes a sealed room may hold before it is compacted (default `COMPACT_AFTER`). */
  readonly compactAfter?: number
}

const NOT_SHARED =
  'sealed relaying seals with the dossier’s LAN session secret and checks its members: share the dossier first (Share… or `dossier share`), or relay it with --plain'

/**
 * The dossiers this host syncs through a relay: their settings, kept in `relay/relays.json`
 * across restarts, and one live link each (`RelayLink`). A dossier can be on the LAN and on a
 * relay at once: both are links of the same hub room, and Yjs makes a change that arrives twice
 * a no-op, so nothing loops or doubles.
 */
export class RelayLinks {
  private readonly links = new Map<string, RelayLink>()
  private closed = false

  private constructor(
    private readonly options: RelayLinksOptions,
    private readonly store: RelayStore,
    private file: RelaysFile,
  ) {}

  static async start(options: RelayLinksOptions): Promise<RelayLinks> {
    const store = new RelayStore(options.library.dir)
    const { file, problem } = await store.load()
    if (problem !== null) options.onProblem?.(problem)
    const relays = new RelayLinks(options, store, file)
    for (const [id, settings] of Object.entries(file.dossiers)) {
      if (await options.library.exists(id)) relays.open(id, settings)
      else options.onProblem?.(`the relayed dossier ${id} is no longer in the library`)
    }
    return relays
  }

  /** What `dossierId` is relayed through, token included (for invites); null when it is not. */
  settingsOf(dossierId: string): RelaySettings | null {
    return this.file.dossiers[dossierId] ?? null
  }

  status(dossierId: string): RelayStatusWire | null {
    return this.links.get(dossierId)?.status() ?? null
  }

  /**
   * Relays `dossierId` through `settings`, or stops relaying it (null). A dossier the library
   * lacks is first fetched from the relay. Throws RpcError with what is wrong, in words.
   */
  async set(dossierId: string, settings: RelaySettings | null): Promise<void> {
    if (settings === null) {
      if (this.file.dossiers[dossierId] === undefined)
        throw new RpcError('not-found', `${dossierId} is not relayed from this host`)
      this.links.get(dossierId)?.stop()
      this.links.delete(dossierId)
      return this.save((file) => {
        file.dossiers = Object.fromEntries(
          Object.entries(file.dossiers).filter(([id]) => id !== dossierId),
        )
      })
    }
    const exists = await this.options.library.exists(dossierId)
    if (settings.mode === 'sealed') {
      if (!exists)
        throw new RpcError(
          'not-found',
          `no dossier ${dossierId} here: a sealed relay is opened with the session secret a member gets when joining (dossier join LINK, on the LAN or through the relay the invite names), or relay it with --plain`,
        )
      if (this.options.sealing?.(dossierId) == null)
        throw new RpcError('invalid-params', NOT_SHARED)
    } else if (!exists) {
      await fetchFromRelay(this.options.library, settings, dossierId, this.dial)
    }
    await this.save((file) => (file.dossiers[dossierId] = settings))
    this.links.get(dossierId)?.stop()
    this.open(dossierId, settings)
  }

  close(): void {
    this.closed = true
    for (const link of this.links.values()) link.stop()
    this.links.clear()
  }

  private get dial(): (settings: RelaySettings, dossierId: string) => Transport {
    return (
      this.options.dial ??
      ((settings, dossierId) =>
        settings.protocol === 'hocuspocus'
          ? dialHocuspocus(settings, dossierId)
          : dialRelay(settings, dossierId))
    )
  }

  private open(dossierId: string, settings: RelaySettings): void {
    if (this.closed) return
    let link: RelayLink | null = null
    const dial =
      settings.mode === 'plain'
        ? this.dial
        : (sealed: RelaySettings, id: string): Transport => {
            const sealing = this.options.sealing?.(id) ?? null
            if (sealing === null) throw new Error(NOT_SHARED)
            return dialSealed(
              sealed,
              id,
              sealing,
              (notice) => link?.note(notice),
              this.options.compactAfter === undefined
                ? {}
                : { compactAfter: this.options.compactAfter },
            )
          }
    link = new RelayLink({
      dossierId,
      settings,
      dial,
      connect: this.options.connect,
      now: this.options.now ?? Date.now,
      ...(this.options.onProblem === undefined ? {} : { onProblem: this.options.onProblem }),
    })
    this.links.set(dossierId, link)
  }

  private async save(change: (file: RelaysFile) => void): Promise<void> {
    const next = structuredClone(this.file)
    change(next)
    this.file = next
    await this.store.save(next)
  }
}
