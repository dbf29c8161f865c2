import { CLOSE_ABNORMAL } from './transport'
import type { Dialer, TransportClose } from './transport'

/** The parts of a DOM MessagePort the dialer uses (Node's worker ports have them too). */
export interface ReplicaPort {
  postMessage(message: Uint8Array): void
  close(): void
  onmessage: ((event: MessageEvent) => void) | null
}

export interface PortDialerOptions {
  /** Asks the desktop app for a port to `room`'s connection on the host. */
  readonly requestPort: (room: string) => Promise<ReplicaPort>
  /**
   * Tells when the host process stopped: ports have no close event, so a port to a host that
   * died would otherwise stay silent forever. Returns an unsubscribe.
   */
  readonly onHostStopped: (listener: () => void) => () => void
}

const asBytes = (data: unknown): Uint8Array | null => {
  if (data instanceof Uint8Array) return data
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  return null
}

/**
 * Dials the host through a MessagePort the desktop app brokers. The host closes a port with a
 * close notice frame (ClientSession reports it); a host that stopped is reported by the app.
 */
export const portDialer =
  (options: PortDialerOptions): Dialer =>
  (room, handlers) => {
    let port: ReplicaPort | null = null
    let reported = false
    const finish = (close: TransportClose): void => {
      if (reported) return
      reported = true
      stopWatching()
      if (port !== null) {
        port.onmessage = null
        port.close()
      }
      handlers.onClose(close)
    }
    const stopWatching = options.onHostStopped(() =>
      finish({
        code: CLOSE_ABNORMAL,
        reason: 'the host stopped',
        opened: port !== null,
        refused: false,
      }),
    )
    options.requestPort(room).then(
      (received) => {
        if (reported) return received.close()
        port = received
        received.onmessage = (event) => {
          const bytes = asBytes(event.data)
          if (bytes !== null) return handlers.onMessage(bytes)
          finish({ code: 1003, reason: 'binary frames only', opened: true, refused: false })
        }
        handlers.onOpen()
      },
      (error: unknown) =>
        finish({
          code: CLOSE_ABNORMAL,
          reason: error instanceof Error ? error.message : String(error),
          opened: false,
          refused: false,
        }),
    )
    return {
      send: (bytes) => port?.postMessage(bytes),
      close: () =>
        finish({ code: 1000, reason: 'replica closed', opened: port !== null, refused: false }),
    }
  }
