import type { DeskApi } from '../../shared/ipc/desk-api'
import { deskApi } from '../platform/shell'
import { desktopDialer, requestHostPort } from '../platform/host-ports'
import { takeHostToken } from '../sync/host-token'
import type { Dialer } from '../../shared/transport'
import { webSocketDialer } from '../sync/websocket-dialer'
import { DESK_HOST_HEADER, DESK_HOST_VALUE } from '../../shared/protocol/desk-host'

/** How this page reaches a host, if it has one. */
export interface HostAccess {
  readonly dialer: Dialer
  /** Names the host in cache names (see HostConnection). */
  readonly scope: string
  /** Where the host is, for the editor. */
  readonly description: string
}

/**
 * A page opened from `dossier serve`'s address carries a token: it syncs with that host, over a
 * WebSocket to its own origin and nowhere else.
 */
export const browserHost = (): HostAccess | null => {
  const token = takeHostToken()
  if (token === null) return null
  const origin = window.location.origin
  return {
    dialer: webSocketDialer({ origin, token }),
    scope: origin,
    description: `host at ${window.location.host}`,
  }
}

/** The desktop app's host, if it runs one: asks for a library port once to find out. */
const desktopHost = async (desk: DeskApi): Promise<HostAccess | null> => {
  try {
    const port = await requestHostPort(desk, null)
    port.close()
  } catch {
    return null
  }
  return { dialer: desktopDialer(desk), scope: 'desktop', description: 'this computer’s library' }
}

/** Whether this page was served by `dossier serve` (which marks its answers with a header). */
const servedByDeskHost = async (): Promise<boolean> => {
  if (!/^https?:$/.test(window.location.protocol)) return false
  try {
    const answer = await fetch('/', { method: 'HEAD', cache: 'no-store' })
    return answer.headers.get(DESK_HOST_HEADER) === DESK_HOST_VALUE
  } catch {
    return false
  }
}

/**
 * What this page works with: a host; nothing (the local-only desk); or a desk host it has no
 * token for, opened at its plain address: it must then say how to get in, not open a desk of its
 * own that looks the same and whose edits would reach no one.
 */
export type HostFinding =
  | { readonly kind: 'host'; readonly host: HostAccess }
  | { readonly kind: 'none' }
  | { readonly kind: 'needs-address' }

let found: Promise<HostFinding> | null = null

/** Decided once per page load: the token leaves the address bar the first time it is read. */
export const findHost = (): Promise<HostFinding> => {
  found ??= (async (): Promise<HostFinding> => {
    const inBrowser = browserHost()
    if (inBrowser !== null) return { kind: 'host', host: inBrowser }
    const desk = deskApi()
    if (desk !== null) {
      const desktop = await desktopHost(desk)
      return desktop === null ? { kind: 'none' } : { kind: 'host', host: desktop }
    }
    return (await servedByDeskHost()) ? { kind: 'needs-address' } : { kind: 'none' }
  })()
  return found
}
