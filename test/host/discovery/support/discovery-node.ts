/**
 * One desk member's discovery, run inside a network namespace by discovery-netns.test.ts.
 * Usage: node --import tsx discovery-node.ts <port> <interface prefix allowed>
 * Prints one JSON object a line: {type:'started', instance, hostname}, every DiscoveryEvent, and
 * every mDNS record it hears ({type:'record', ...}) so the test can check what goes on the wire.
 * SIGTERM closes discovery (goodbye packets) and exits.
 */
import { hostname } from 'node:os'
import { Discovery } from '../../../../src/main/host/discovery/discovery'
import { usableInterfaces } from '../../../../src/main/host/discovery/interface-filter'
import {
  mdnsHandleOf,
  openBonjourOn,
  type MdnsRecord,
} from '../../../../src/main/host/discovery/mdns-handle'
import { networkInterfaces } from 'node:os'

const [portText, allowedPrefix] = process.argv.slice(2)
if (!portText || !allowedPrefix)
  throw new Error('usage: discovery-node.ts <port> <interface prefix>')
const allow = (name: string) => name.startsWith(allowedPrefix)

const print = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`)

const printable = (data: unknown): unknown => {
  if (Buffer.isBuffer(data)) return data.toString('utf8')
  if (Array.isArray(data)) return data.map(printable)
  return data
}

// A plain listener on the same link: it hears every response anyone sends, ours included.
const iface = usableInterfaces(networkInterfaces(), allow)[0]
if (!iface) throw new Error(`no interface starting with ${allowedPrefix}`)
const sniffer = openBonjourOn(iface.ipv4, () => {})
mdnsHandleOf(sniffer).on('response', (packet) => {
  const records: MdnsRecord[] = [...(packet.answers ?? []), ...(packet.additionals ?? [])]
  for (const record of records) {
    print({
      type: 'record',
      name: record.name,
      rrtype: record.type,
      ttl: record.ttl,
      data: printable(record.data),
    })
  }
})

const discovery = new Discovery({
  port: Number(portText),
  interfaceFilter: allow,
  interfaceCheckMs: 500,
  onEvent: print,
})
print({ type: 'started', instance: discovery.instance, hostname: hostname() })
discovery.start()

process.on('SIGTERM', () => {
  void discovery.close().then(() => {
    print({ type: 'closed' })
    sniffer.destroy(() => process.exit(0))
  })
})
