import { usageError } from '../cli-error'
import { print } from '../command'
import type { Command } from '../command'
import { withSharingHost } from './sharing-host'

export const joinCommand: Command = {
  name: 'join',
  summary: 'join a dossier shared on the LAN, with its invite link',
  usage: 'dossier join LINK',
  help: `Joins the dossier an invite link names, through the running host (the app or \`dossier serve\`):
the host reaches the inviter on the LAN, brings the dossier into this library and keeps it
syncing with every member from then on. An invite works once.`,
  options: {},
  async run(context) {
    const [link, extra] = context.positionals
    if (link === undefined) throw usageError('join needs the invite link', 'join')
    if (extra !== undefined) throw usageError(`unexpected argument "${extra}"`, 'join')
    const { dossier, sharing } = await withSharingHost(context, (host) =>
      host.call('join', { link }),
    )
    const inviter = sharing.members.find((member) => !member.you && member.online)
    print(
      context.io,
      `Joined ${dossier.id} "${dossier.title}" (${dossier.claims} claims)${inviter === undefined ? '' : ` from ${inviter.name} at ${inviter.address ?? '?'}`}`,
    )
  },
}
