import type { Page, WebSocketRoute } from 'playwright-core'

/** A page's line to its host that a test can cut and restore, as a lost network would. */
export interface CuttableLine {
  /** Ends every open sync socket and fails every new one (and every request) until restored. */
  cut(): Promise<void>
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
  const open = new Set<{ pageSide: WebSocketRoute; hostSide: WebSocketRoute }>()
  await page.routeWebSocket(/\/sync\//, async (socket) => {
    if (!up) {
      await socket.close({ code: 1001 })
      return
    }
    open.add({ pageSide: socket, hostSide: socket.connectToServer() })
  })
  return {
    cut: async () => {
      up = false
      const cutting = [...open]
      open.clear()
      // Both ends: the real socket to the host closes (a browser may close with 1000 only, not
      // 1001), so the host drops this page and its presence; the page sees the line go.
      await Promise.all(
        cutting.flatMap(({ pageSide, hostSide }) => [
          hostSide.close(),
          pageSide.close({ code: 1001 }),
        ]),
      )
      await page.context().setOffline(true)
    },
    restore: async () => {
      up = true
      await page.context().setOffline(false)
    },
  }
}
