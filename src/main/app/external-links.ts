/**
 * Which links the app hands to the system browser. A link in a dossier was written by whichever
 * replica wrote it, so it is checked like any input from the network before it reaches the OS:
 * only https pages on a public name, no file:, javascript:, custom schemes or plain http (which
 * anyone on the path can rewrite), no user name or password in it (a classic disguise:
 * `https://bank.example@evil.example/`), no address on this machine or the local network (a
 * click must not become a request to the user's router or a local server), and not absurdly long.
 */
export const MAX_EXTERNAL_LINK_LENGTH = 2048

export type ExternalLinkVerdict =
  /** `url` is the link as parsed and normalised: what goes to the browser. */
  | { readonly ok: true; readonly url: string }
  /** Why not, in words for the notice the window shows. */
  | { readonly ok: false; readonly reason: string }

const refused = (reason: string): ExternalLinkVerdict => ({ ok: false, reason })

/** Names that always mean this machine (RFC 6761) or a device on the local network (mDNS). */
const isLocalName = (hostname: string): boolean =>
  hostname === 'localhost' ||
  hostname.endsWith('.localhost') ||
  hostname.endsWith('.local') ||
  hostname.endsWith('.internal')

/** The WHATWG parser has already turned `0x7f.1` and `2130706433` into dotted decimal. */
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/

const isPrivateOrSpecialIpv4 = (a: number, b: number): boolean =>
  a === 0 || // "this network"
  a === 10 ||
  a === 127 || // loopback
  (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT
  (a === 169 && b === 254) || // link-local
  (a === 172 && b >= 16 && b <= 31) ||
  (a === 192 && b === 168) ||
  a >= 224 // multicast, reserved, broadcast

/**
 * The link as it may go to the system browser, or why it may not. IPv6 literals are refused
 * whole: they are all but unknown in published links, and loopback, link-local, unique-local and
 * IPv4-mapped forms are easy to disguise.
 */
export const checkExternalLink = (raw: string): ExternalLinkVerdict => {
  if (raw.length > MAX_EXTERNAL_LINK_LENGTH) {
    return refused(`the link is longer than ${MAX_EXTERNAL_LINK_LENGTH} characters`)
  }
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return refused('the link is not a web address')
  }
  if (url.protocol !== 'https:') {
    return refused(`only https:// links open in the browser, and this one is ${url.protocol}`)
  }
  if (url.username !== '' || url.password !== '') {
    return refused('the link carries a user name or password')
  }
  // `localhost.` is `localhost`: the root's dot changes nothing about where a name leads.
  const host = url.hostname.replace(/\.$/, '')
  if (host === '') return refused('the link names no site')
  if (host.startsWith('[')) return refused('the link points at an IPv6 address, not a site name')
  const ipv4 = IPV4.exec(host)
  if (ipv4 !== null) {
    const [a, b] = [Number(ipv4[1]), Number(ipv4[2])]
    if (isPrivateOrSpecialIpv4(a, b)) {
      return refused('the link points at this computer or the local network')
    }
  } else if (isLocalName(host)) {
    return refused('the link points at this computer or the local network')
  }
  if (url.href.length > MAX_EXTERNAL_LINK_LENGTH) {
    return refused(`the link is longer than ${MAX_EXTERNAL_LINK_LENGTH} characters`)
  }
  return { ok: true, url: url.href }
}

/** Whether `raw` may go to the system browser (see `checkExternalLink`). */
export const isExternalWebUrl = (raw: string): boolean => checkExternalLink(raw).ok
