import { bytesToHex, hexToBytes, randomBytes } from '@noble/hashes/utils.js'
import type { DeviceKeyFile, Signer } from '../../../shared/identity'
import { formatLanAddress } from '../../../shared/lan'
import type { LanAddress, LanWelcome } from '../../../shared/lan'
import {
  CLOSE_NOT_A_MEMBER,
  CLOSE_NORMAL,
  CLOSE_POLICY_VIOLATION,
  PEER_HOST_LIMITS,
} from '../../../shared/protocol'
import type { Role } from '../../../shared/protocol'
import type { Transport } from '../../../shared/transport'
import { startLanListener } from '../lan'
import type { LanListener } from '../lan'
import type { DossierHandle, Library } from '../library/library'
import type { SealingContext } from '../relay/epoch-keys'
import type { ConnectOptions } from '../sync/sync-hub'
import { loadDeviceKey } from './device-key'
import type { FrameGate } from './frame-gate'
import { CLOSE_DUPLICATE, keepIncoming } from './keep-one'
import { MeshDialer, linkKey } from './mesh-dialer'
import { DEFAULT_LAN_LISTEN, advertisedAddresses, isLoopback } from './listen-address'
import { mdnsDiscovery } from './member-discovery'
import type { MemberDiscovery, StartDiscovery } from './member-discovery'
import { PairSecrets, sessionCandidates } from './session-candidates'
import { admitPeer, welcomePeer } from './session-door'
import { SharingStore } from './sharing-store'
import type { SharedDossier, SharingFile } from './sharing-store'

/** How often the mesh looks for members it should be connected to and is not. */
const MESH_TICK_MS = 300
const CLOSE_ROLE_CHANGED = 4410
/** Presence another host may relay: every tab of every member it reaches, within reason. */
const RELAYED_AWARENESS_CLIENTS = 256

export interface LanSessionsOptions {
  readonly library: Library
  /** Hands an admitted, welcomed connection to the hub (`hub.connect`). */
  readonly connect: (transport: Transport, options: ConnectOptions) => unknown
  /** Where the LAN endpoint listens (default every IPv4 interface, any free port). */
  readonly listen?: LanAddress
  readonly onProblem?: (line: string) => void
  readonly now?: () => number
  /** How other hosts are found besides known addresses (default mDNS); never on loopback. */
  readonly discover?: StartDiscovery
  /** Why the LAN endpoint must not listen at all (a listen address that does not read). */
  readonly listenProblem?: string
  /** Tests only: run `discover` (a fake) although the listener is on loopback. */
  readonly discoverOnLoopback?: boolean
}

/** One live connection to another member's host, for one dossier. */
export interface MemberLink {
  readonly transport: Transport
  readonly dialledByLocal: boolean
  readonly address: string
  readonly role: Role
}

/**
 * This host's LAN sessions (docs/lan.md, "Sessions"): which dossiers it shares, the listener
 * that admits invite holders and members, and the mesh that keeps one connection to every other
 * member's host per dossier, each handed to the hub as an ordinary connection.
 */
export class LanSessions {
  private listener: LanListener | null = null
  private discovery: MemberDiscovery | null = null
  private starting: Promise<void> | null = null
  private listenerProblem: string | null = null
  private readonly held = new Map<string, { handle: DossierHandle; stop: () => void }>()
  private readonly links = new Map<string, MemberLink>()
  private readonly mesh: MeshDialer = new MeshDialer(this)
  readonly pairs: PairSecrets
  readonly invitesInFlight = new Map<string, number>()
  private readonly timer: ReturnType<typeof setInterval>
  private closedAlready = false

  private constructor(
    private readonly options: LanSessionsOptions,
    readonly library: Library,
    private readonly store: SharingStore,
    private file: SharingFile,
    readonly deviceKey: DeviceKeyFile,
    readonly signer: Signer,
  ) {
    this.pairs = new PairSecrets(deviceKey)
    this.timer = setInterval(() => this.mesh.tick(), MESH_TICK_MS)
    this.timer.unref()
  }

  /** Loads the sharing state; dossiers shared before a restart are shared again at once. */
  static async start(options: LanSessionsOptions): Promise<LanSessions> {
    const store = new SharingStore(options.library.dir)
    const { file, problem } = await store.load()
    if (problem !== null) options.onProblem?.(problem)
    const sessions = new LanSessions(
      options,
      options.library,
      store,
      file,
      await loadDeviceKey(options.library.dir, options.library.keyProtection),
      await options.library.identity(),
    )
    for (const id of Object.keys(file.dossiers)) {
      if (await options.library.exists(id)) await sessions.hold(id)
      else options.onProblem?.(`the shared dossier ${id} is no longer in the library`)
    }
    if (sessions.held.size > 0) await sessions.ensureListening().catch(() => undefined)
    return sessions
  }

  get now(): number {
    return (this.options.now ?? Date.now)()
  }

  get localKey(): string {
    return this.deviceKey.publicKey
  }

  get sharing(): SharingFile {
    return this.file
  }

  get closed(): boolean {
    return this.closedAlready
  }

  isHeld(dossierId: string): boolean {
    return this.held.has(dossierId)
  }

  hasLink(dossierId: string, remoteKey: string): boolean {
    return this.links.has(linkKey(dossierId, remoteKey))
  }

  isMember(dossierId: string, key: string): boolean {
    return this.roleOf(dossierId, key) !== null
  }

  memberKeys(dossierId: string): readonly string[] {
    const dossier = this.held.get(dossierId)?.handle.dossier
    if (dossier === undefined) return []
    return dossier
      .members()
      .filter((member) => !member.removed)
      .map(({ key }) => key)
  }

  /**
   * What sealing the dossier's relay takes (docs/relay.md): its session secret, this device, and
   * who its members are now; null when this host does not share it on the LAN.
   */
  sealingContext(dossierId: string): SealingContext | null {
    const entry = this.file.dossiers[dossierId]
    const dossier = this.held.get(dossierId)?.handle.dossier
    if (entry === undefined || dossier === undefined) return null
    return {
      sessionSecret: hexToBytes(entry.sessionSecret),
      deviceKey: this.deviceKey,
      isMember: (key) => this.isMember(dossierId, key),
      isEditor: (key) => this.roleOf(dossierId, key) === 'editor',
      members: () => this.memberKeys(dossierId),
      removed: () =>
        dossier
          .members()
          .filter((member) => member.removed)
          .map(({ key }) => key),
    }
  }

  problem(line: string): void {
    this.options.onProblem?.(line)
  }

  get listeningProblem(): string | null {
    return this.listenerProblem
  }

  /** Where this host listens, as it tells invitees and members; empty when it does not. */
  advertised(): LanAddress[] {
    return this.listener === null ? [] : advertisedAddresses(this.listener.address)
  }

  linkTo(dossierId: string, remoteKey: string): MemberLink | undefined {
    return this.links.get(linkKey(dossierId, remoteKey))
  }

  heldDossier(id: string): DossierHandle | undefined {
    return this.held.get(id)?.handle
  }

  /** Replaces the sharing state (after `change` edits a copy) and saves it. */
  async update(change: (file: SharingFile) => void): Promise<void> {
    const next: SharingFile = structuredClone(this.file)
    change(next)
    this.file = next
    await this.store.save(next)
  }

  /** Starts serving `id` on the LAN: a session secret, its dossier held open, the listener up. */
  async share(id: string): Promise<SharedDossier> {
    if (this.file.dossiers[id] === undefined) {
      const entry: SharedDossier = {
        sessionSecret: bytesToHex(randomBytes(32)),
        invites: [],
        addresses: {},
      }
      await this.update((file) => (file.dossiers[id] = entry))
    }
    await this.hold(id)
    await this.ensureListening()
    return this.file.dossiers[id]!
  }

  async unshare(id: string): Promise<void> {
    await this.update((file) => {
      file.dossiers = Object.fromEntries(
        Object.entries(file.dossiers).filter(([key]) => key !== id),
      )
    })
    for (const [key, link] of this.links)
      if (key.startsWith(`${id} `))
        link.transport.close(CLOSE_NORMAL, 'the dossier is no longer shared')
    this.release(id)
    await this.stopIfIdle()
  }

  /** Closes the listener when no dossier is shared any more (after an unshare, or a failed join). */
  async stopIfIdle(): Promise<void> {
    if (this.held.size > 0 || this.listener === null) return
    const listener = this.listener
    this.listener = null
    await this.discovery?.close()
    this.discovery = null
    await listener.close()
  }

  /** A joiner's first connection, already welcomed: hold the dossier and hand it to the hub. */
  async adoptJoined(
    dossierId: string,
    entry: SharedDossier,
    remoteKey: string,
    gate: FrameGate,
    address: string,
  ): Promise<void> {
    await this.update((file) => (file.dossiers[dossierId] = entry))
    await this.hold(dossierId)
    this.adopt(dossierId, remoteKey, gate, true, address)
  }

  /** A joiner admitted through a sealed relay (join-through-relay.ts): hold and serve the dossier. */
  async adoptRelayJoined(dossierId: string, entry: SharedDossier): Promise<void> {
    await this.update((file) => (file.dossiers[dossierId] = entry))
    await this.hold(dossierId)
    await this.ensureListening().catch(() => undefined)
  }

  /** The welcome this host sends a peer of `dossierId`. */
  welcomeFor(dossierId: string, remoteKey: string | null, withSecret: boolean): LanWelcome {
    const entry = this.file.dossiers[dossierId]
    const members = Object.entries(entry?.addresses ?? {})
      .filter(
        ([key, addresses]) =>
          key !== remoteKey &&
          key !== this.localKey &&
          addresses.length > 0 &&
          this.isMember(dossierId, key),
      )
      .slice(0, 64)
      .map(([key, addresses]) => ({ key, addresses: addresses.slice(0, 6) }))
    return {
      version: 1,
      ...(this.signer.name.trim() === '' ? {} : { name: this.signer.name.trim().slice(0, 200) }),
      ...(withSecret && entry !== undefined ? { sessionSecret: entry.sessionSecret } : {}),
      listening: this.advertised(),
      members,
    }
  }

  /** Remembers where a peer and the members it knows listen, from its welcome. */
  async learn(dossierId: string, remoteKey: string, welcome: LanWelcome): Promise<void> {
    if (this.file.dossiers[dossierId] === undefined) return
    await this.update((file) => {
      const addresses = file.dossiers[dossierId]!.addresses
      if (welcome.listening.length > 0) addresses[remoteKey] = [...welcome.listening]
      for (const member of welcome.members) {
        if (
          member.key !== this.localKey &&
          member.addresses.length > 0 &&
          addresses[member.key] === undefined
        )
          addresses[member.key] = [...member.addresses]
      }
    })
  }

  /** Starts the listener unless it runs; concurrent callers share one start. */
  ensureListening(): Promise<void> {
    if (this.listener !== null || this.closedAlready) return Promise.resolve()
    this.starting ??= this.startListening().finally(() => (this.starting = null))
    return this.starting
  }

  private async startListening(): Promise<void> {
    if (this.options.listenProblem !== undefined) {
      this.listenerProblem = this.options.listenProblem
      this.options.onProblem?.(this.listenerProblem)
      throw new Error(this.listenerProblem)
    }
    const listen = this.options.listen ?? DEFAULT_LAN_LISTEN
    try {
      this.listener = await startLanListener({
        host: listen.host,
        port: listen.port,
        deviceKey: this.deviceKey,
        candidates: () => sessionCandidates(this),
        admit: (peer) => admitPeer(this, peer),
        onPeer: (peer) =>
          void welcomePeer(this, peer).catch((error: unknown) => {
            this.options.onProblem?.(`a LAN peer could not be welcomed: ${String(error)}`)
            peer.transport.close(CLOSE_POLICY_VIOLATION, 'the host could not take this connection')
          }),
      })
      this.listenerProblem = null
      if (!isLoopback(listen.host) || this.options.discoverOnLoopback === true) {
        const discover = this.options.discover ?? mdnsDiscovery
        this.discovery = discover(this.listener.address.port, (addresses) =>
          this.mesh.probe(addresses),
        )
      }
    } catch (error) {
      this.listenerProblem = `the LAN endpoint cannot listen on ${formatLanAddress(listen)}: ${(error as Error).message}`
      this.options.onProblem?.(this.listenerProblem)
      throw new Error(this.listenerProblem)
    }
  }

  async close(): Promise<void> {
    this.closedAlready = true
    clearInterval(this.timer)
    for (const link of this.links.values())
      link.transport.close(CLOSE_NORMAL, 'the host is leaving')
    await this.discovery?.close()
    this.discovery = null
    await this.listener?.close()
    this.listener = null
    for (const id of [...this.held.keys()]) this.release(id)
  }

  private async hold(id: string): Promise<void> {
    if (this.held.has(id)) return
    const handle = await this.options.library.open(id)
    const stop = handle.dossier.onChange((change) => {
      if (change.members) this.enforceMembers(id)
    })
    this.held.set(id, { handle, stop })
  }

  private release(id: string): void {
    const held = this.held.get(id)
    if (held === undefined) return
    this.held.delete(id)
    held.stop()
    held.handle.close().catch((error: unknown) => this.options.onProblem?.(String(error)))
  }

  private roleOf(dossierId: string, key: string): Role | null {
    return this.held.get(dossierId)?.handle.dossier.memberRole(key) ?? null
  }

  /** Closes the links of devices no longer members, and of those whose role changed (they redial). */
  private enforceMembers(dossierId: string): void {
    for (const [key, link] of this.links) {
      if (!key.startsWith(`${dossierId} `)) continue
      const role = this.roleOf(dossierId, key.slice(dossierId.length + 1))
      if (role === null)
        link.transport.close(CLOSE_NOT_A_MEMBER, 'this device is not a member of the dossier')
      else if (role !== link.role)
        link.transport.close(CLOSE_ROLE_CHANGED, `the role is now ${role}`)
    }
  }

  /** Keeps one link per (dossier, device) and hands it to the hub with the member's role. */
  adopt(
    dossierId: string,
    remoteKey: string,
    gate: FrameGate,
    dialledByLocal: boolean,
    address: string,
  ): void {
    const transport = gate.handOff()
    const role = this.roleOf(dossierId, remoteKey)
    if (role === null || this.closedAlready) {
      return transport.close(CLOSE_NOT_A_MEMBER, 'this device is not a member of the dossier')
    }
    const key = linkKey(dossierId, remoteKey)
    const existing = this.links.get(key)
    if (existing !== undefined) {
      if (!keepIncoming(this.localKey, remoteKey, existing.dialledByLocal, dialledByLocal))
        return transport.close(CLOSE_DUPLICATE, 'another connection to this device is kept')
      existing.transport.close(CLOSE_DUPLICATE, 'another connection to this device is kept')
    }
    const link: MemberLink = { transport, dialledByLocal, address, role }
    this.links.set(key, link)
    this.mesh.connected(key)
    transport.onClose(() => {
      if (this.links.get(key) === link) this.links.delete(key)
    })
    this.options.connect(transport, {
      dossierId,
      role,
      rpc: 'flush-only',
      awarenessClients: RELAYED_AWARENESS_CLIENTS,
      limits: PEER_HOST_LIMITS,
    })
  }
}
