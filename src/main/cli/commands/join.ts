import { usageError } from '../cli-error'
import { print } from '../command'
import type { Command } from '../command'
import { withSharingHost } from './sharing-host'

export const joinCommand: Command = {
  name: 'join',
  summary: 'join a shared dossier with its invite link (on the LAN, or through its relay)',
  usage: 'dossier join LINK',
  help: `Joins the dossier an invite link names, through the running host (the app or \`dossier serve\`):
the host reaches the inviter on the LAN, brings the dossier into this library and keeps it
syncing with every member from then on. An invite works once.

When no member answers on the LAN and the invite names a relay, the dossier comes through the
relay. A sealed relay (the default) needs the inviter's host to be running somewhere: it lets this
device in through the relay, then the dossier arrives sealed. Waits up to a minute for each.`,
  options: {},
  async run(context) {
    const [link, extra] = context.positionals
    if (link === undefined) throw usageError('join needs the invite link', 'join')
    if (extra !== undefined) throw usageError(`unexpected argument "${extra}"`, 'join')
    const { dossier, sharing } = await withSharingHost(context, (host) =>
      host.call('join', { link }),
    )
    const inviter = sharing.members.find((member) => !member.you && member.online)
    const from =
      inviter !== undefined
        ? ` from ${inviter.name} at ${inviter.address ?? '?'}`
        : sharing.relay !== null
          ? ` through the relay at ${sharing.relay.url} (${sharing.relay.mode})`
          : ''
    print(context.io, `Joined ${dossier.id} "${dossier.title}" (${dossier.claims} claims)${from}`)
  },
}
