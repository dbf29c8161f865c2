import { usageError } from '../cli-error'
import { print, stringFlag } from '../command'
import type { Command } from '../command'
import { describeSharing, withSharingHost } from './sharing-host'

const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 }

/** `90m`, `2h`, `7d` in milliseconds; null for anything else. */
export const parseDuration = (text: string): number | null => {
  const match = /^(\d{1,4})([mhd])$/.exec(text)
  if (match === null) return null
  const ms = Number(match[1]) * UNITS[match[2]!]!
  return ms > 0 ? ms : null
}

export const shareCommand: Command = {
  name: 'share',
  summary: 'share a dossier on the LAN: print an invite link and its QR code',
  usage: 'dossier share ID [--role viewer|editor] [--expires 2h] | dossier share ID --stop',
  help: `Shares dossier ID with the computers on this network through the running host (the app or
\`dossier serve\`), and prints a new single-use invite: a link and its QR code. Whoever joins with it
(\`dossier join LINK\`, or the app's Share panel) becomes a member with the invite's role, and from
then on every member's host syncs the dossier with every other one, without a server.

Options:
  --role ROLE      editor (default) or viewer: a viewer's changes are never taken by other hosts
  --expires TIME   the invite stops working after TIME: 90m, 2h, 7d (default: until revoked)
  --stop           stop sharing ID from this host (members keep their copies)`,
  options: {
    role: { type: 'string' },
    expires: { type: 'string' },
    stop: { type: 'boolean' },
  },
  async run(context) {
    const [id, extra] = context.positionals
    if (id === undefined) throw usageError('share needs the ID of a dossier', 'share')
    if (extra !== undefined) throw usageError(`unexpected argument "${extra}"`, 'share')
    const role = stringFlag(context, 'role') ?? 'editor'
    if (role !== 'editor' && role !== 'viewer')
      throw usageError(`--role is editor or viewer, not "${role}"`, 'share')
    const expires = stringFlag(context, 'expires')
    const expiresInMs = expires === undefined ? undefined : parseDuration(expires)
    if (expiresInMs === null)
      throw usageError(`--expires takes a time like 90m, 2h or 7d, not "${expires}"`, 'share')
    if (context.values.stop === true) {
      const { sharing } = await withSharingHost(context, (host) => host.call('unshare', { id }))
      print(context.io, `Stopped sharing ${sharing.dossierId}; members keep their copies.`)
      return
    }
    const { invite, sharing } = await withSharingHost(context, (host) =>
      host.call('share', { id, role, ...(expiresInMs === undefined ? {} : { expiresInMs }) }),
    )
    // Loaded here: every command (serve included) loads this file, and only share draws a code.
    const { default: QRCode } = await import('qrcode')
    const qr = await QRCode.toString(invite.link, { type: 'terminal', small: true })
    const until = invite.expiresAt === null ? 'until revoked' : `until ${invite.expiresAt}`
    print(
      context.io,
      [
        `Invite ${invite.id} (${invite.role}, single use, ${until}):`,
        '',
        invite.link,
        '',
        qr,
        describeSharing(sharing),
      ].join('\n'),
    )
  },
}
