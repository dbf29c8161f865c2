import { randomBytes } from 'node:crypto'

/** The DNS-SD service type every Verification Desk member browses for and advertises. */
export const SERVICE_TYPE = 'vdesk'

/** The LAN protocol version a member speaks; peers with another version are reported, not dialled. */
export const LAN_PROTOCOL_VERSION = 1

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567'
const INSTANCE_PATTERN = /^vd-[a-z2-7]{8}$/

/**
 * A fresh instance name per run ('vd-' + 8 base32 characters, 40 random bits), so the
 * advertisement cannot be linked to a person, a machine or an earlier session.
 */
export const randomInstanceName = (): string => {
  const bytes = randomBytes(8)
  let name = 'vd-'
  for (const byte of bytes) name += BASE32[byte & 31]
  return name
}

export const isInstanceName = (name: string): boolean => INSTANCE_PATTERN.test(name)

/** What goes into the TXT record: the protocol version and nothing else. */
export const advertisedTxt = (protocolVersion: number): { v: string } => ({
  v: String(protocolVersion),
})

/**
 * The service to publish. `host` is the SRV target and the owner of the A/AAAA records; it is
 * the instance name too, because bonjour-service would otherwise use os.hostname().
 */
export const advertisedService = (instance: string, port: number, protocolVersion: number) => ({
  name: instance,
  type: SERVICE_TYPE,
  protocol: 'tcp' as const,
  port,
  host: `${instance}.local`,
  txt: advertisedTxt(protocolVersion),
})

/** The version a peer's TXT record states, or undefined when it states none that parses. */
export const advertisedVersion = (txt: unknown): number | undefined => {
  if (typeof txt !== 'object' || txt === null || !('v' in txt)) return undefined
  const v = txt.v
  const text = typeof v === 'string' ? v : typeof v === 'number' ? String(v) : ''
  return /^\d{1,6}$/.test(text) ? Number(text) : undefined
}
