import { usageError } from '../cli-error'
import { print } from '../command'
import type { Command } from '../command'
import { withSharingHost } from './sharing-host'

export const roleCommand: Command = {
  name: 'role',
  summary: "change a member's role in a shared dossier",
  usage: 'dossier role ID MEMBER viewer|editor',
  help: `Makes MEMBER (a unique prefix, 4 characters or more, of its key from \`dossier peers ID\`) a
viewer or an editor of dossier ID: a signed entry every member's host enforces. A viewer's
changes are never taken by other hosts.`,
  options: {},
  async run(context) {
    const [id, member, role, extra] = context.positionals
    if (id === undefined || member === undefined || role === undefined)
      throw usageError('role needs ID, MEMBER and viewer or editor', 'role')
    if (extra !== undefined) throw usageError(`unexpected argument "${extra}"`, 'role')
    if (role !== 'viewer' && role !== 'editor')
      throw usageError(`the role is viewer or editor, not "${role}"`, 'role')
    if (!/^[0-9a-f]{4,64}$/.test(member))
      throw usageError(`"${member}" is not a key prefix (4 to 64 hex characters)`, 'role')
    await withSharingHost(context, (host) => host.call('role', { id, member, role }))
    print(context.io, `${member} is now a ${role} of ${id}.`)
  },
}
