import { usageError } from '../cli-error'
import { print } from '../command'
import type { Command } from '../command'
import { withSharingHost } from './sharing-host'

const REF = /^[0-9a-f]{4,64}$/

export const revokeCommand: Command = {
  name: 'revoke',
  summary: 'revoke an invite, or remove a member from a shared dossier',
  usage: 'dossier revoke ID INVITE|MEMBER',
  help: `Revokes an unused invite (its id, or a unique prefix of at least 4 characters, from
\`dossier peers ID\`), or removes a member (a prefix of its key): a signed entry every member's
host enforces, turning that device away from then on.`,
  options: {},
  async run(context) {
    const [id, target, extra] = context.positionals
    if (id === undefined || target === undefined)
      throw usageError('revoke needs ID and an invite id or member key', 'revoke')
    if (extra !== undefined) throw usageError(`unexpected argument "${extra}"`, 'revoke')
    if (!REF.test(target))
      throw usageError(
        `"${target}" is not an invite id or key prefix (4 to 64 hex characters)`,
        'revoke',
      )
    const { revoked } = await withSharingHost(context, (host) =>
      host.call('revoke', { id, target }),
    )
    print(
      context.io,
      revoked === 'invite' ? `Revoked invite ${target}.` : `Removed member ${target} from ${id}.`,
    )
  },
}
