import { usageError } from '../cli-error'
import { print } from '../command'
import type { Command } from '../command'
import { describeSharing, withSharingHost } from './sharing-host'

export const peersCommand: Command = {
  name: 'peers',
  summary: "list a shared dossier's members and invites",
  usage: 'dossier peers ID [--json]',
  help: `Lists the members of dossier ID (name, key fingerprint, role, whether this host is connected
to theirs and where) and the invites this host made, through the running host.

Options:
  --json   print the list as JSON`,
  options: { json: { type: 'boolean' } },
  async run(context) {
    const [id, extra] = context.positionals
    if (id === undefined) throw usageError('peers needs the ID of a dossier', 'peers')
    if (extra !== undefined) throw usageError(`unexpected argument "${extra}"`, 'peers')
    const { sharing } = await withSharingHost(context, (host) => host.call('sharing', { id }))
    print(
      context.io,
      context.values.json === true ? JSON.stringify(sharing, null, 2) : describeSharing(sharing),
    )
  },
}
