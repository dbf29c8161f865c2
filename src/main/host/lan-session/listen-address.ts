import * as os from 'node:os'
import { canonicalIp, MAX_INVITE_ADDRESSES } from '../../../shared/lan'
import type { LanAddress } from '../../../shared/lan'
import { defaultInterfaceFilter, usableInterfaces } from '../discovery/interface-filter'

/** Every IPv4 interface, any free port: what a host listens on unless told otherwise. */
export const DEFAULT_LAN_LISTEN: LanAddress = { host: '0.0.0.0', port: 0 }

/**
 * Reads `--lan-listen` / `DOSSIER_LAN_LISTEN`: `ADDR`, `ADDR:PORT`, `[V6]:PORT` or `:PORT`.
 * Returns null for anything else (the caller says what it expected).
 */
export const parseLanListen = (text: string): LanAddress | null => {
  let host: string
  let portText: string | undefined
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text)
  const hostAndPort = /^([^:]*):(\d+)$/.exec(text)
  if (bracketed !== null) [, host = '', portText] = bracketed
  else if (canonicalIp(text) !== null) host = text
  else if (hostAndPort !== null) [, host = '', portText] = hostAndPort
  else return null
  const ip = canonicalIp(host === '' ? DEFAULT_LAN_LISTEN.host : host)
  const port = portText === undefined ? 0 : Number(portText)
  if (ip === null || port > 65535) return null
  return { host: ip, port }
}

const isWildcard = (host: string): boolean => host === '0.0.0.0' || host === '::'

export const isLoopback = (host: string): boolean => host.startsWith('127.') || host === '::1'

/**
 * The addresses to put in an invite and a welcome: the ones actually listened on. Bound to every
 * interface, that is each usable LAN interface's addresses (not loopback, not VPNs or
 * containers: discovery's filter); bound to one address, that one.
 */
export const advertisedAddresses = (
  bound: LanAddress,
  interfaces: NodeJS.Dict<os.NetworkInterfaceInfo[]> = os.networkInterfaces(),
): LanAddress[] => {
  if (!isWildcard(bound.host)) return [bound]
  const hosts = usableInterfaces(interfaces, defaultInterfaceFilter)
    .flatMap((usable) => usable.addresses)
    .filter((host) => bound.host === '::' || !host.includes(':'))
    .map((host) => canonicalIp(host))
    .filter((host): host is string => host !== null)
  return [...new Set(hosts)]
    .slice(0, MAX_INVITE_ADDRESSES)
    .map((host) => ({ host, port: bound.port }))
}
