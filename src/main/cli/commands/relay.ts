import type { RelayStatusWire } from '../../../shared/protocol'
import { RELAY_PROTOCOLS, readRelayUrl } from '../../../shared/relay'
import type { RelayProtocol, RelaySettings } from '../../../shared/relay'
import { usageError } from '../cli-error'
import { print, stringFlag } from '../command'
import type { Command } from '../command'
import { describeRelay, withSharingHost } from './sharing-host'

const isProtocol = (text: string): text is RelayProtocol =>
  (RELAY_PROTOCOLS as readonly string[]).includes(text)

export const relayCommand: Command = {
  name: 'relay',
  summary: 'sync a dossier through a Yjs relay server, beyond the LAN',
  usage:
    'dossier relay ID URL [--token T] [--protocol y-websocket|hocuspocus] [--sealed|--plain] | dossier relay ID --off | dossier relay ID [--json]',
  help: `Syncs dossier ID through the relay at URL (ws:// or wss://), through the running host (the
app or \`dossier serve\`), and keeps doing so across restarts. Editors who are not on one LAN meet
there. A host whose library lacks ID fetches it from the relay first. With only ID, prints the
relay's state.

Options:
  --token T         the relay's access token (sent as the server expects it)
  --protocol P      y-websocket (default: an unmodified @y/websocket-server) or hocuspocus
                    (@hocuspocus/server 3.4, one instance or several on one Redis)
  --plain           the relay reads the dossier: only the relay's own access control protects it
  --sealed          the relay stores only signed, encrypted envelopes (the default; the
                    dossier must be shared on the LAN first: its session secret seals them)
  --off             stop relaying ID from this host
  --json            print the relay's state as JSON`,
  options: {
    token: { type: 'string' },
    protocol: { type: 'string' },
    plain: { type: 'boolean' },
    sealed: { type: 'boolean' },
    off: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run(context) {
    const [id, urlText, extra] = context.positionals
    if (id === undefined) throw usageError('relay needs the ID of a dossier', 'relay')
    if (extra !== undefined) throw usageError(`unexpected argument "${extra}"`, 'relay')
    const off = context.values.off === true
    if (off && urlText !== undefined) throw usageError('--off takes no URL', 'relay')
    const report = (relay: RelayStatusWire | null) =>
      print(
        context.io,
        context.values.json === true ? JSON.stringify(relay, null, 2) : describeRelay(id, relay),
      )
    if (off) {
      await withSharingHost(context, (host) => host.call('relay', { id, settings: null }))
      return print(context.io, `Stopped relaying ${id} from this host.`)
    }
    if (urlText === undefined) {
      const { sharing } = await withSharingHost(context, (host) => host.call('sharing', { id }))
      return report(sharing.relay)
    }
    const url = readRelayUrl(urlText)
    if (!url.ok) throw usageError(url.reason, 'relay')
    const protocol = stringFlag(context, 'protocol') ?? 'y-websocket'
    if (!isProtocol(protocol))
      throw usageError(`--protocol is y-websocket or hocuspocus, not "${protocol}"`, 'relay')
    if (context.values.plain === true && context.values.sealed === true)
      throw usageError('--plain and --sealed cannot both be given', 'relay')
    const token = stringFlag(context, 'token')
    if (token === '') throw usageError('--token needs a value', 'relay')
    const settings: RelaySettings = {
      url: url.url,
      protocol,
      mode: context.values.plain === true ? 'plain' : 'sealed',
      ...(token === undefined ? {} : { token }),
    }
    const { sharing } = await withSharingHost(context, (host) =>
      host.call('relay', { id, settings }),
    )
    report(sharing.relay)
  },
}
