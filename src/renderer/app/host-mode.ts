import type { DeskApi } from '../../shared/ipc/desk-api'
import { deskApi } from '../platform/shell'
import { desktopDialer, requestHostPort } from '../platform/host-ports'
import { takeHostToken } from '../sync/host-token'
import type { Dialer } from '../../shared/transport'
import { webSocketDialer } from '../sync/websocket-dialer'

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

let found: Promise<HostAccess | null> | null = null

/**
 * The host this page works with, or null for the local-only desk. Decided once per page load:
 * the token leaves the address bar the first time it is read.
 */
export const findHost = (): Promise<HostAccess | null> => {
  found ??= (async () => {
    const inBrowser = browserHost()
    if (inBrowser !== null) return inBrowser
    const desk = deskApi()
    return desk === null ? null : desktopHost(desk)
  })()
  return found
}
