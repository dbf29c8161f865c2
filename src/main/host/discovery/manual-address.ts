import { isIP } from 'node:net'

/** A place to dial a peer at. `host` is an IPv4/IPv6 literal or a host name, without brackets. */
export interface DialAddress {
  host: string
  port: number
}

export type AddressSource = 'manual' | 'invite' | 'discovered'

export interface DialCandidate extends DialAddress {
  source: AddressSource
}

export class ManualAddressError extends Error {
  override name = 'ManualAddressError'
}

const HOST_NAME =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?$/i

const parsePort = (text: string, input: string): number => {
  if (!/^\d{1,5}$/.test(text)) {
    throw new ManualAddressError(`"${input}": the port must be a number from 1 to 65535`)
  }
  const port = Number(text)
  if (port < 1 || port > 65535) {
    throw new ManualAddressError(`"${input}": the port must be a number from 1 to 65535`)
  }
  return port
}

/**
 * Reads what a user typed to reach a peer: `host:port`, `192.0.2.7:4100` or `[fe80::1]:4100`.
 * Throws a ManualAddressError that quotes the input and says what is wrong.
 */
export const parseManualAddress = (raw: string): DialAddress => {
  const input = raw.trim()
  const shown = input.length > 80 ? `${input.slice(0, 80)}…` : input
  if (input === '')
    throw new ManualAddressError('Type an address as host:port, e.g. 192.168.1.20:4100')
  if (/[\s/@?#]/.test(input) || /[^\x21-\x7e]/.test(input)) {
    throw new ManualAddressError(
      `"${shown}": type only host:port, without spaces, a scheme or a path`,
    )
  }
  if (input.startsWith('[')) {
    const close = input.indexOf(']')
    if (close < 0) throw new ManualAddressError(`"${shown}": an IPv6 address needs a closing "]"`)
    const host = input.slice(1, close)
    if (isIP(host.split('%')[0] ?? '') !== 6) {
      throw new ManualAddressError(`"${shown}": "${host}" is not an IPv6 address`)
    }
    if (input[close + 1] !== ':')
      throw new ManualAddressError(`"${shown}": add the port, as [address]:port`)
    return { host, port: parsePort(input.slice(close + 2), shown) }
  }
  const colon = input.lastIndexOf(':')
  if (colon < 0) throw new ManualAddressError(`"${shown}": add the port, as host:port`)
  const host = input.slice(0, colon)
  if (host.includes(':')) {
    throw new ManualAddressError(`"${shown}": write an IPv6 address in brackets, as [address]:port`)
  }
  if (isIP(host) !== 4 && (/^[\d.]+$/.test(host) || !HOST_NAME.test(host))) {
    throw new ManualAddressError(`"${shown}": "${host}" is neither an IPv4 address nor a host name`)
  }
  return { host, port: parsePort(input.slice(colon + 1), shown) }
}

/** How the same address is written either way (case, IPv6 spelling). */
const addressKey = ({ host, port }: DialAddress): string => {
  const bare = host.toLowerCase()
  if (isIP(bare.split('%')[0] ?? '') === 6) {
    // URL normalises IPv6 (zero compression, case); the zone is kept as typed.
    const [address, zone] = bare.split('%')
    const normal = new URL(`http://[${address}]/`).hostname
    return `${normal}${zone === undefined ? '' : `%${zone}`}:${port}`
  }
  return `${bare.replace(/\.$/, '')}:${port}`
}

/**
 * The addresses to try for a peer, in order: what the user typed, then the invite's, then what
 * discovery saw. Each address appears once, under the first source that named it.
 */
export const dialCandidates = (sources: {
  manual?: readonly DialAddress[]
  invite?: readonly DialAddress[]
  discovered?: readonly DialAddress[]
}): DialCandidate[] => {
  const seen = new Set<string>()
  const candidates: DialCandidate[] = []
  const add = (source: AddressSource, list: readonly DialAddress[] = []) => {
    for (const address of list) {
      const key = addressKey(address)
      if (seen.has(key)) continue
      seen.add(key)
      candidates.push({ host: address.host, port: address.port, source })
    }
  }
  add('manual', sources.manual)
  add('invite', sources.invite)
  add('discovered', sources.discovered)
  return candidates
}
