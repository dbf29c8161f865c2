import { RelayLinks } from '../relay'
import type { RelayLinksOptions } from '../relay/relay-links'
import type { RpcHandler } from '../sync/rpc-dispatch'
import { lanRpc } from './lan-rpc'
import type { RelayJoinTimeouts } from './join-through-relay'
import { LanSessions } from './lan-sessions'
import type { LanSessionsOptions } from './lan-sessions'
import { keepRelayDoors } from './relay-door'

export interface SharingServicesOptions extends LanSessionsOptions {
  /** Tests: how long a sealed relay's fold is waited on when joining through it. */
  readonly relayJoin?: RelayJoinTimeouts
  /** Tests: sealed rooms compact after this many envelopes. */
  readonly compactAfter?: RelayLinksOptions['compactAfter']
}

/** How a host shares its dossiers: on the LAN, through relays, and the invite doors between. */
export interface SharingServices {
  readonly lan: LanSessions
  readonly relays: RelayLinks
  /** The RPC methods they answer (share, join, relay, …). */
  readonly rpc: RpcHandler
  close(): Promise<void>
}

/**
 * Starts what `dossier serve` and the desktop host share dossiers with: the LAN sessions, the
 * relay links (sealed with the LAN sessions' secrets), and the doors through which an invitee
 * whom no member can reach on the LAN joins through a sealed relay.
 */
export const startSharing = async (options: SharingServicesOptions): Promise<SharingServices> => {
  const lan = await LanSessions.start(options)
  const relays = await RelayLinks.start({
    library: options.library,
    sealing: (id) => lan.sealingContext(id),
    connect: options.connect,
    ...(options.onProblem === undefined ? {} : { onProblem: options.onProblem }),
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.compactAfter === undefined ? {} : { compactAfter: options.compactAfter }),
  })
  const doors = keepRelayDoors(lan, (id) => relays.settingsOf(id))
  return {
    lan,
    relays,
    rpc: lanRpc(lan, relays, options.relayJoin),
    close: async () => {
      doors.close()
      relays.close()
      await lan.close()
    },
  }
}
