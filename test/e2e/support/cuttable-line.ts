import type { Page, WebSocketRoute } from 'playwright-core'

/** A page's line to its host that a test can cut and restore, as a lost network would. */
export interface CuttableLine {
  /** Ends every open sync socket and fails every new one (and every request) until restored. */
  cut(): Promise<void>
  /**
   * Stops carrying anything either way without closing anything, as a network that drops
   * without a word does (Wi-Fi gone, a NAT that forgot the connection): neither end is told.
   * New sockets open into the same void. `restore` ends the silenced sockets on both sides.
   */
  dropSilently(): void
  restore(): Promise<void>
}

/**
 * Routes `page`'s sync sockets through Playwright so a test can drop them: Chromium's offline
 * emulation (`context.setOffline`) fails new requests but leaves an open WebSocket connected, so
 * the page would never notice. While cut, the context is also offline, so the page's check
 * whether the host still answers plain HTTP fails too, as it would on a real lost network.
 * Install before the page loads (`openDeskPage`'s `beforeLoad`).
 */
export const cuttableLine = async (page: Page): Promise<CuttableLine> => {
  let up = true
  let silent = false
  type Line = { pageSide: WebSocketRoute; hostSide: WebSocketRoute | null }
  const open = new Set<Line>()
  await page.routeWebSocket(/\/sync\//, async (socket) => {
    if (!up) {
      await socket.close({ code: 1001 })
      return
    }
    // Not connected while silent: the page's socket opens into a void, nothing ever comes back.
    const line: Line = { pageSide: socket, hostSide: silent ? null : socket.connectToServer() }
    open.add(line)
    const { hostSide } = line
    if (hostSide === null) return
    // Forwarded by hand, so that a silent line can stop forwarding (closes too) without a word.
    socket.onMessage((message) => {
      if (!silent) hostSide.send(message)
    })
    hostSide.onMessage((message) => {
      if (!silent) socket.send(message)
    })
    // A close sent into the silence is lost: `restore` ends that line's other side.
    const forwardClose = (to: WebSocketRoute) => (code?: number, reason?: string) => {
      if (silent) return
      open.delete(line)
      to.close({ code: code ?? 1000, reason: reason ?? '' }).catch(() => undefined)
    }
    socket.onClose(forwardClose(hostSide))
    hostSide.onClose(forwardClose(socket))
  })
  const endAll = async (): Promise<void> => {
    const ending = [...open]
    open.clear()
    // Both ends: the real socket to the host closes (a browser may close with 1000 only, not
    // 1001), so the host drops this page and its presence; the page sees the line go.
    await Promise.all(
      ending.flatMap(({ pageSide, hostSide }) => [
        hostSide?.close().catch(() => undefined),
        pageSide.close({ code: 1001 }).catch(() => undefined),
      ]),
    )
  }
  return {
    cut: async () => {
      up = false
      await endAll()
      await page.context().setOffline(true)
    },
    dropSilently: () => {
      silent = true
    },
    restore: async () => {
      if (silent) await endAll()
      silent = false
      up = true
      await page.context().setOffline(false)
    },
  }
}
