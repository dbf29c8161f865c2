import * as os from 'node:os'
import * as path from 'node:path'
import { LIBRARY_ROOM, parseEndpoint } from '../../../shared/protocol'
import type { RelayStatusWire, SharingWire } from '../../../shared/protocol'
import { readLock } from '../../host/library/library'
import { CliError } from '../cli-error'
import type { CommandContext } from '../command'
import type { HostConnection } from '../host-client'
import { table } from '../format'

const NEEDS_HOST = 'start the app or `dossier serve` first: sharing needs a running host'

/**
 * Runs `work` with an RPC connection to the host that holds the library: LAN sharing lives in
 * that host (its listener, its connections), so these commands never open the library themselves.
 */
export const withSharingHost = async <T>(
  context: CommandContext,
  work: (host: HostConnection) => Promise<T>,
): Promise<T> => {
  const lock = await readLock(path.resolve(context.dataDir))
  const endpoint = lock === null ? null : parseEndpoint(lock.endpoint)
  if (lock === null || !lock.live || lock.hostname !== os.hostname() || endpoint === null)
    throw new CliError(NEEDS_HOST)
  // Loaded here, not with the module: every command imports this file, few talk to a host.
  const { HostUnreachableError, connectHost } = await import('../host-client')
  let host: HostConnection
  try {
    host = await connectHost(endpoint, LIBRARY_ROOM)
  } catch (error) {
    if (error instanceof HostUnreachableError)
      throw new CliError(
        `${NEEDS_HOST} (the host at ${endpoint.url} does not answer: ${error.message})`,
      )
    throw error
  }
  try {
    return await work(host)
  } finally {
    await host.close()
  }
}

/** The members and invites of a sharing summary, as `dossier peers` and `dossier share` print them. */
export const describeSharing = (sharing: SharingWire): string => {
  const lines: string[] = []
  lines.push(
    sharing.shared
      ? `${sharing.dossierId} is shared on the LAN from ${sharing.listening.join(', ') || 'nowhere yet'}`
      : `${sharing.dossierId} is not shared from this host`,
  )
  if (sharing.problem !== null) lines.push(`problem: ${sharing.problem}`)
  if (sharing.members.length > 0)
    lines.push(
      '',
      table(
        ['MEMBER', 'KEY', 'ROLE', 'ONLINE', 'ADDRESS'],
        sharing.members.map((member) => [
          member.you ? `${member.name} (you)` : member.name,
          member.fingerprint,
          member.role,
          member.online ? 'yes' : 'no',
          member.address ?? '',
        ]),
      ),
    )
  if (sharing.invites.length > 0)
    lines.push(
      '',
      table(
        ['INVITE', 'ROLE', 'STATE', 'EXPIRES'],
        sharing.invites.map((invite) => [
          invite.id,
          invite.role,
          invite.state,
          invite.expiresAt?.slice(0, 16).replace('T', ' ') ?? 'never',
        ]),
      ),
    )
  if (sharing.relay !== null) lines.push('', describeRelay(sharing.dossierId, sharing.relay))
  return lines.join('\n')
}

/** One line per fact, as `dossier relay ID` and `dossier peers` print a relay. */
export const describeRelay = (dossierId: string, relay: RelayStatusWire | null): string => {
  if (relay === null) return `${dossierId} is not relayed from this host`
  const lines = [
    `${dossierId} is relayed through ${relay.url} (${relay.protocol}, ${relay.mode}${relay.hasToken ? ', with a token' : ''})`,
    `state: ${relay.state}${relay.retryInMs === null ? '' : `, retrying in ${Math.ceil(relay.retryInMs / 1000)} s`}`,
    `last heard from the relay: ${relay.lastHeard ?? 'never'}`,
  ]
  if (relay.problem !== null) lines.push(`problem: ${relay.problem}`)
  return lines.join('\n')
}
