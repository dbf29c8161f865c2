import { bytesToHex, randomBytes } from '@noble/hashes/utils.js'
import type { DeviceKeyFile, Signer } from '../../../shared/identity'
import type { LanAddress, LanWelcome } from '../../../shared/lan'
import { CLOSE_NORMAL } from '../../../shared/protocol'
import type { Transport } from '../../../shared/transport'
import type { DossierHandle, Library } from '../library/library'
import type { SealingContext } from '../relay/epoch-keys'
import type { ConnectOptions } from '../sync/sync-hub'
import { loadDeviceKey } from './device-key'
import type { FrameGate } from './frame-gate'
import { HeldDossiers } from './held-dossiers'
import { LanEndpoint } from './lan-endpoint'
import type { LanEndpointOptions } from './lan-endpoint'
import { MemberLinks } from './member-links'
import type { MemberLink } from './member-links'
import { MeshDialer } from './mesh-dialer'
import { learnAddresses, welcomeFor } from './peer-welcome'
import { sealingContextOf } from './sealing-context'
import { PairSecrets } from './session-candidates'
import { SharingStore } from './sharing-store'
import type { SharedDossier, SharingFile } from './sharing-store'

export type { MemberLink } from './member-links'

/** How often the mesh looks for members it should be connected to and is not. */
const MESH_TICK_MS = 300

export interface LanSessionsOptions extends LanEndpointOptions {
  readonly library: Library
  /** Hands an admitted, welcomed connection to the hub (`hub.connect`). */
  readonly connect: (transport: Transport, options: ConnectOptions) => unknown
  readonly now?: () => number
}

/**
 * This host's LAN sessions (docs/lan.md, "Sessions"): which dossiers it shares, the listener
 * that admits invite holders and members, and the mesh that keeps one connection to every other
 * member's host per dossier, each handed to the hub as an ordinary connection.
 */
export class LanSessions {
  private readonly endpoint: LanEndpoint
  private readonly held: HeldDossiers
  private readonly links: MemberLinks
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
    this.endpoint = new LanEndpoint(this, options, (addresses) => this.mesh.probe(addresses))
    this.held = new HeldDossiers(
      options.library,
      (dossierId) => this.links.enforceMembers(dossierId),
      (line) => this.options.onProblem?.(line),
    )
    this.links = new MemberLinks({
      localKey: deviceKey.publicKey,
      isClosed: () => this.closedAlready,
      roleOf: (dossierId, key) => this.held.roleOf(dossierId, key),
      linked: (key) => this.mesh.connected(key),
      connect: (transport, connectOptions) => this.options.connect(transport, connectOptions),
    })
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
      if (await options.library.exists(id)) await sessions.held.hold(id)
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
    return this.links.has(dossierId, remoteKey)
  }

  isMember(dossierId: string, key: string): boolean {
    return this.held.roleOf(dossierId, key) !== null
  }

  memberKeys(dossierId: string): readonly string[] {
    return this.held.memberKeys(dossierId)
  }

  /** What sealing the dossier's relay takes (sealing-context.ts); null when not shared here. */
  sealingContext(dossierId: string): SealingContext | null {
    return sealingContextOf(this.file, this.held, this.deviceKey, dossierId)
  }

  problem(line: string): void {
    this.options.onProblem?.(line)
  }

  get listeningProblem(): string | null {
    return this.endpoint.problem
  }

  /** Where this host listens, as it tells invitees and members; empty when it does not. */
  advertised(): LanAddress[] {
    return this.endpoint.advertised()
  }

  linkTo(dossierId: string, remoteKey: string): MemberLink | undefined {
    return this.links.get(dossierId, remoteKey)
  }

  heldDossier(id: string): DossierHandle | undefined {
    return this.held.handle(id)
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
    await this.held.hold(id)
    await this.ensureListening()
    return this.file.dossiers[id]!
  }

  async unshare(id: string): Promise<void> {
    await this.update((file) => {
      file.dossiers = Object.fromEntries(
        Object.entries(file.dossiers).filter(([key]) => key !== id),
      )
    })
    this.links.closeDossier(id, CLOSE_NORMAL, 'the dossier is no longer shared')
    this.held.release(id)
    await this.stopIfIdle()
  }

  /** Closes the listener when no dossier is shared any more (after an unshare, or a failed join). */
  async stopIfIdle(): Promise<void> {
    if (this.held.size > 0) return
    await this.endpoint.stop()
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
    await this.held.hold(dossierId)
    this.adopt(dossierId, remoteKey, gate, true, address)
  }

  /** A joiner admitted through a sealed relay (join-through-relay.ts): hold and serve the dossier. */
  async adoptRelayJoined(dossierId: string, entry: SharedDossier): Promise<void> {
    await this.update((file) => (file.dossiers[dossierId] = entry))
    await this.held.hold(dossierId)
    await this.ensureListening().catch(() => undefined)
  }

  /** The welcome this host sends a peer of `dossierId`. */
  welcomeFor(dossierId: string, remoteKey: string | null, withSecret: boolean): LanWelcome {
    return welcomeFor(this, dossierId, remoteKey, withSecret)
  }

  /** Remembers where a peer and the members it knows listen, from its welcome. */
  async learn(dossierId: string, remoteKey: string, welcome: LanWelcome): Promise<void> {
    if (this.file.dossiers[dossierId] === undefined) return
    await this.update((file) => learnAddresses(file, dossierId, remoteKey, welcome, this.localKey))
  }

  /** Starts the listener unless it runs; concurrent callers share one start. */
  ensureListening(): Promise<void> {
    return this.endpoint.ensureListening()
  }

  async close(): Promise<void> {
    this.closedAlready = true
    clearInterval(this.timer)
    this.links.closeAll(CLOSE_NORMAL, 'the host is leaving')
    await this.endpoint.close()
    for (const id of this.held.ids()) this.held.release(id)
  }

  /** Keeps one link per (dossier, device) and hands it to the hub with the member's role. */
  adopt(
    dossierId: string,
    remoteKey: string,
    gate: FrameGate,
    dialledByLocal: boolean,
    address: string,
  ): void {
    this.links.adopt(dossierId, remoteKey, gate, dialledByLocal, address)
  }
}
