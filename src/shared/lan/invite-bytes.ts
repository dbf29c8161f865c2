import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js'
import {
  INVITE_ID_BYTES,
  INVITE_SECRET_BYTES,
  INVITE_VERSION,
  MAX_INVITE_ADDRESSES,
  inviteSchema,
} from './invite'
import type { Invite, LanAddress } from './invite'
import { RELAY_PROTOCOLS } from '../relay/relay-settings'
import { formatIPv4, formatIPv6, parseIPv4, parseIPv6 } from './ip-address'

/**
 * The invite as compact bytes (a QR code must stay scannable):
 *
 *   u8 version | u8 flags (1: viewer, 2: expires, 4: relay, 8: sealed relay) | id (8) | secret (32) | inviter key (32)
 *   | u8 length, dossier id (ASCII) | [expiry: u48 ms, big-endian] | u8 count
 *   | count × (u8 family 4 or 6, 4 or 16 address bytes, u16 port)
 *   | [relay (flag 4): u8 protocol (0 y-websocket, 1 hocuspocus) | u16 length, URL (UTF-8)
 *      | u16 length, token (UTF-8; 0: none)]
 *
 * The version comes first, so a newer format may change everything after it.
 */
const FLAG_VIEWER = 1
const FLAG_EXPIRES = 2
const FLAG_RELAY = 4
const FLAG_SEALED_RELAY = 8
const KNOWN_FLAGS = FLAG_VIEWER | FLAG_EXPIRES | FLAG_RELAY | FLAG_SEALED_RELAY
const PUBLIC_KEY_BYTES = 32

export type InviteBytesResult =
  | { readonly ok: true; readonly invite: Invite }
  | { readonly ok: false; readonly problem: 'damaged' | 'newer-version'; readonly detail: string }

export const encodeInviteBytes = (invite: Invite): Uint8Array => {
  const checked = inviteSchema.parse(invite)
  const out: number[] = [INVITE_VERSION]
  const flags =
    (checked.role === 'viewer' ? FLAG_VIEWER : 0) |
    (checked.expiresAt === undefined ? 0 : FLAG_EXPIRES) |
    (checked.relay === undefined ? 0 : FLAG_RELAY) |
    (checked.relay?.mode === 'sealed' ? FLAG_SEALED_RELAY : 0)
  out.push(flags, ...hexToBytes(checked.id), ...checked.secret, ...hexToBytes(checked.inviter))
  out.push(checked.dossierId.length, ...[...checked.dossierId].map((char) => char.charCodeAt(0)))
  if (checked.expiresAt !== undefined) {
    for (let shift = 40; shift >= 0; shift -= 8)
      out.push(Math.floor(checked.expiresAt / 2 ** shift) & 0xff)
  }
  out.push(checked.addresses.length)
  for (const { host, port } of checked.addresses) {
    const v4 = parseIPv4(host)
    const ip = v4 ?? parseIPv6(host) ?? new Uint8Array()
    out.push(v4 === null ? 6 : 4, ...ip, port >> 8, port & 0xff)
  }
  if (checked.relay !== undefined) {
    out.push(RELAY_PROTOCOLS.indexOf(checked.relay.protocol))
    for (const text of [checked.relay.url, checked.relay.token ?? '']) {
      const bytes = new TextEncoder().encode(text)
      out.push(bytes.length >> 8, bytes.length & 0xff, ...bytes)
    }
  }
  return Uint8Array.from(out)
}

/** Reads fixed-size fields; null once the bytes run out, so decoding never throws. */
class Reader {
  private offset = 0
  constructor(private readonly bytes: Uint8Array) {}
  take(length: number): Uint8Array | null {
    if (this.offset + length > this.bytes.length) return null
    const out = this.bytes.slice(this.offset, this.offset + length)
    this.offset += length
    return out
  }
  byte(): number | null {
    return this.take(1)?.[0] ?? null
  }
  get rest(): number {
    return this.bytes.length - this.offset
  }
}

const damaged = (detail: string): InviteBytesResult => ({ ok: false, problem: 'damaged', detail })

const readAddress = (reader: Reader): LanAddress | null => {
  const family = reader.byte()
  if (family !== 4 && family !== 6) return null
  const ip = reader.take(family === 4 ? 4 : 16)
  const port = reader.take(2)
  if (ip === null || port === null) return null
  const host = family === 4 ? formatIPv4(ip) : formatIPv6(ip)
  return { host, port: ((port[0] ?? 0) << 8) | (port[1] ?? 0) }
}

const readText = (reader: Reader): string | null => {
  const length = reader.take(2)
  const bytes = length === null ? null : reader.take(((length[0] ?? 0) << 8) | (length[1] ?? 0))
  if (bytes === null) return null
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

const readRelay = (reader: Reader, sealed: boolean): Invite['relay'] | null => {
  const protocol = RELAY_PROTOCOLS[reader.byte() ?? -1]
  const url = readText(reader)
  const token = readText(reader)
  if (protocol === undefined || url === null || token === null) return null
  return { url, protocol, mode: sealed ? 'sealed' : 'plain', ...(token === '' ? {} : { token }) }
}

export const decodeInviteBytes = (bytes: Uint8Array): InviteBytesResult => {
  const reader = new Reader(bytes)
  const version = reader.byte()
  if (version === null || version === 0) return damaged('no version')
  if (version > INVITE_VERSION) {
    return { ok: false, problem: 'newer-version', detail: `format version ${version}` }
  }
  const flags = reader.byte()
  const id = reader.take(INVITE_ID_BYTES)
  const secret = reader.take(INVITE_SECRET_BYTES)
  const inviter = reader.take(PUBLIC_KEY_BYTES)
  const idLength = reader.byte()
  const dossierId = idLength === null ? null : reader.take(idLength)
  if (flags === null || id === null || secret === null || inviter === null || dossierId === null) {
    return damaged('truncated')
  }
  if ((flags & ~KNOWN_FLAGS) !== 0) return damaged(`unknown flags ${flags}`)
  let expiresAt: number | undefined
  if ((flags & FLAG_EXPIRES) !== 0) {
    const expiry = reader.take(6)
    if (expiry === null) return damaged('truncated expiry')
    expiresAt = expiry.reduce((sum, byte) => sum * 256 + byte, 0)
  }
  const count = reader.byte()
  if (count === null || count > MAX_INVITE_ADDRESSES) return damaged('bad address count')
  const addresses: LanAddress[] = []
  for (let i = 0; i < count; i++) {
    const address = readAddress(reader)
    if (address === null) return damaged('bad address')
    addresses.push(address)
  }
  let relay: Invite['relay']
  if ((flags & (FLAG_RELAY | FLAG_SEALED_RELAY)) === FLAG_SEALED_RELAY)
    return damaged('a sealed relay flag without a relay')
  if ((flags & FLAG_RELAY) !== 0) {
    const read = readRelay(reader, (flags & FLAG_SEALED_RELAY) !== 0)
    if (read === null) return damaged('bad relay')
    relay = read
  }
  if (reader.rest !== 0) return damaged('trailing bytes')
  const parsed = inviteSchema.safeParse({
    version,
    id: bytesToHex(id),
    secret,
    dossierId: String.fromCharCode(...dossierId),
    role: (flags & FLAG_VIEWER) !== 0 ? 'viewer' : 'editor',
    inviter: bytesToHex(inviter),
    addresses,
    ...(expiresAt === undefined ? {} : { expiresAt }),
    ...(relay === undefined ? {} : { relay }),
  })
  if (!parsed.success) return damaged(parsed.error.issues[0]?.message ?? 'invalid')
  return { ok: true, invite: parsed.data }
}
