import * as z from 'zod'

/** The relay servers a dossier can sync through (docs/relay.md). */
export const RELAY_PROTOCOLS = ['y-websocket', 'hocuspocus'] as const
export type RelayProtocol = (typeof RELAY_PROTOCOLS)[number]

/** Sealed: the relay stores only ciphertext. Plain: the relay reads the dossier. */
export const RELAY_MODES = ['sealed', 'plain'] as const
export type RelayMode = (typeof RELAY_MODES)[number]

export type RelayUrlRead =
  { readonly ok: true; readonly url: string } | { readonly ok: false; readonly reason: string }

/**
 * A relay's address: `ws://` or `wss://`, a host, an optional port and path; no user name or
 * password (a token goes in its own field, sent the way the server expects it) and no fragment.
 * Never throws.
 */
export const readRelayUrl = (text: string): RelayUrlRead => {
  let url: URL
  try {
    url = new URL(text.trim())
  } catch {
    return {
      ok: false,
      reason: `"${text.slice(0, 80)}" is not a URL (a relay is ws://HOST:PORT or wss://HOST)`,
    }
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:')
    return { ok: false, reason: `a relay URL starts with ws:// or wss://, not ${url.protocol}//` }
  if (url.username !== '' || url.password !== '')
    return { ok: false, reason: 'put the relay’s token in --token, not in the URL' }
  if (url.hash !== '') return { ok: false, reason: 'a relay URL has no #fragment' }
  if (url.search !== '')
    return { ok: false, reason: 'a relay URL has no ?query (the token has its own field)' }
  url.pathname = url.pathname.replace(/\/+$/, '')
  return { ok: true, url: url.toString().replace(/\/$/, '') }
}

export const relayUrlSchema = z
  .string()
  .max(2048)
  .refine((text) => readRelayUrl(text).ok, 'a ws:// or wss:// relay URL, without credentials')

/** What a host keeps about one relayed dossier (the token is a secret: never sent back). */
export const relaySettingsSchema = z.strictObject({
  url: relayUrlSchema,
  protocol: z.enum(RELAY_PROTOCOLS),
  mode: z.enum(RELAY_MODES),
  token: z.string().min(1).max(4096).optional(),
})
export type RelaySettings = z.infer<typeof relaySettingsSchema>

/** The relay room of a dossier: y-websocket names it in the URL's last path segment. */
export const relayRoomUrl = (url: string, dossierId: string): string =>
  `${url}/${encodeURIComponent(dossierId)}`
