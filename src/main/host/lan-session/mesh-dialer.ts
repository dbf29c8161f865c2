import type { DeviceKeyFile } from '../../../shared/identity'
import { encodeWelcome, formatLanAddress, readWelcome } from '../../../shared/lan'
import type { LanAddress, LanWelcome } from '../../../shared/lan'
import { CLOSE_NORMAL, CLOSE_POLICY_VIOLATION } from '../../../shared/protocol'
import { backoffDelay } from '../../../shared/session/backoff'
import { dialLan } from '../lan'
import { FrameGate } from './frame-gate'
import type { PairSecrets } from './session-candidates'
import type { SharingFile } from './sharing-store'

/** How long a peer gets to send its welcome once admitted. */
export const WELCOME_TIMEOUT_MS = 10_000

export const linkKey = (dossierId: string, remoteKey: string): string => `${dossierId} ${remoteKey}`

/** How a host greets a peer and takes its link: the dialling and the listening side alike. */
export interface LinkKeeper {
  welcomeFor(dossierId: string, remoteKey: string | null, withSecret: boolean): LanWelcome
  learn(dossierId: string, remoteKey: string, welcome: LanWelcome): Promise<void>
  adopt(
    dossierId: string,
    remoteKey: string,
    gate: FrameGate,
    dialledByLocal: boolean,
    address: string,
  ): void
}

/** What the mesh needs of the host's sessions. */
export interface MeshHost extends LinkKeeper {
  readonly closed: boolean
  readonly now: number
  readonly localKey: string
  readonly deviceKey: DeviceKeyFile
  readonly sharing: SharingFile
  isHeld(dossierId: string): boolean
  hasLink(dossierId: string, remoteKey: string): boolean
  isMember(dossierId: string, key: string): boolean
  memberKeys(dossierId: string): readonly string[]
  readonly pairs: PairSecrets
}

interface DialState {
  attempt: number
  nextAt: number
  dialing: boolean
}

/**
 * The dialling half of the mesh: every member's host with an address and no link is dialled with
 * the pair secret it shares with this device (`pair-secret.ts`) and its key pinned, with backoff
 * and jitter; a host found by discovery is tried with the pair secret of each member not linked
 * yet: only that member's host can answer at all. The host keeps one link per device (`adopt`).
 */
export class MeshDialer {
  private readonly dials = new Map<string, DialState>()
  /** Discovered addresses being dialled now, so repeated announcements do not pile dials up. */
  private readonly probing = new Set<string>()

  constructor(private readonly host: MeshHost) {}

  /** A link to `key` (linkKey) is up: its next loss is retried at once. */
  connected(key: string): void {
    const dial = this.dials.get(key)
    if (dial !== undefined) dial.attempt = 0
  }

  tick(): void {
    const host = this.host
    if (host.closed) return
    for (const [dossierId, entry] of Object.entries(host.sharing.dossiers)) {
      if (!host.isHeld(dossierId)) continue
      for (const [remoteKey, addresses] of Object.entries(entry.addresses)) {
        if (remoteKey === host.localKey || addresses.length === 0) continue
        if (host.hasLink(dossierId, remoteKey) || !host.isMember(dossierId, remoteKey)) continue
        const key = linkKey(dossierId, remoteKey)
        const state = this.dials.get(key) ?? { attempt: 0, nextAt: 0, dialing: false }
        this.dials.set(key, state)
        if (state.dialing || state.nextAt > host.now) continue
        state.dialing = true
        void this.dialEach(dossierId, remoteKey, entry.sessionSecret, addresses).finally(() => {
          state.dialing = false
          if (!host.hasLink(dossierId, remoteKey)) {
            state.nextAt = host.now + backoffDelay(state.attempt)
            state.attempt++
          }
        })
      }
    }
  }

  /**
   * A host found by discovery: for each shared dossier, the pair secret of each member not linked
   * yet, one after the other, until one answers or the address does not.
   */
  probe(addresses: readonly LanAddress[]): void {
    const host = this.host
    if (host.closed) return
    for (const [dossierId, entry] of Object.entries(host.sharing.dossiers)) {
      const key = `${dossierId} ${addresses.map(formatLanAddress).join(',')}`
      if (!host.isHeld(dossierId) || this.probing.has(key)) continue
      this.probing.add(key)
      void this.probeMembers(dossierId, entry.sessionSecret, addresses).finally(() =>
        this.probing.delete(key),
      )
    }
  }

  private async probeMembers(
    dossierId: string,
    sessionSecret: string,
    addresses: readonly LanAddress[],
  ): Promise<void> {
    const host = this.host
    for (const remoteKey of host.memberKeys(dossierId)) {
      if (host.closed) return
      if (remoteKey === host.localKey || host.hasLink(dossierId, remoteKey)) continue
      for (const address of addresses) {
        const outcome = await this.dial(dossierId, remoteKey, sessionSecret, address)
        if (outcome === 'linked') return
        if (outcome === 'unreachable') break
      }
    }
  }

  private async dialEach(
    dossierId: string,
    remoteKey: string,
    sessionSecret: string,
    addresses: readonly LanAddress[],
  ): Promise<void> {
    for (const address of addresses)
      if ((await this.dial(dossierId, remoteKey, sessionSecret, address)) === 'linked') return
  }

  private async dial(
    dossierId: string,
    remoteKey: string,
    sessionSecret: string,
    address: LanAddress,
  ): Promise<'linked' | 'refused' | 'unreachable'> {
    const host = this.host
    const secret = host.pairs.of(sessionSecret, remoteKey)
    if (secret === null) return 'refused'
    const result = await dialLan(address, {
      dossierId,
      secret,
      purpose: 'member',
      deviceKey: host.deviceKey,
      expectedPeer: remoteKey,
    })
    if (!result.ok)
      return result.problem === 'unreachable' || result.problem === 'timed-out'
        ? 'unreachable'
        : 'refused'
    const { transport } = result
    if (host.closed) {
      transport.close(CLOSE_NORMAL, 'the host is leaving')
      return 'refused'
    }
    const gate = new FrameGate(transport)
    transport.send(encodeWelcome(host.welcomeFor(dossierId, remoteKey, false)))
    try {
      const read = readWelcome(await gate.take(WELCOME_TIMEOUT_MS))
      if (!read.ok) {
        transport.close(CLOSE_POLICY_VIOLATION, read.reason)
        return 'refused'
      }
      await host.learn(dossierId, remoteKey, read.welcome)
    } catch {
      transport.close(CLOSE_POLICY_VIOLATION, 'no welcome')
      return 'refused'
    }
    host.adopt(dossierId, remoteKey, gate, true, formatLanAddress(address))
    return 'linked'
  }
}
