/** What the browser says about this device's network: `offline` and `online` events. */
export interface NetworkSignals {
  /** Calls `listener` on each event; returns the call that stops it. */
  on(event: 'offline' | 'online', listener: () => void): () => void
}

type EventSource = Pick<Window, 'addEventListener' | 'removeEventListener'>

/** The window's events; none where there is no window (Node, a worker without them). */
export const browserNetwork = (
  source: Partial<EventSource> = globalThis as Partial<EventSource>,
): NetworkSignals => ({
  on: (event, listener) => {
    const { addEventListener, removeEventListener } = source
    if (addEventListener === undefined || removeEventListener === undefined) return () => undefined
    addEventListener.call(source, event, listener)
    return () => removeEventListener.call(source, event, listener)
  },
})
