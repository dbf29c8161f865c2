import { CLOSE_ABNORMAL, messagePortTransport, pendingTransport } from '../../shared/transport'
import type { Dialer, MessagePortLike } from '../../shared/transport'

export interface PortDialerOptions {
  /** Asks the desktop app for a port to `room`'s connection on the host. */
  readonly requestPort: (room: string) => Promise<MessagePortLike>
  /**
   * Tells when the host process stopped: DOM ports have no close event, so a port to a host that
   * died would otherwise stay silent forever. Returns an unsubscribe.
   */
  readonly onHostStopped: (listener: () => void) => () => void
}

/**
 * Dials the host through a MessagePort the desktop app brokers: connecting until the port
 * arrives. The host closes with a close notice (the port transport reads it); a host that
 * stopped is reported by the app.
 */
export const portDialer =
  (options: PortDialerOptions): Dialer =>
  (room) => {
    const transport = pendingTransport(
      'port',
      options.requestPort(room).then((port) => messagePortTransport(port)),
    )
    const stopWatching = options.onHostStopped(() =>
      transport.close(CLOSE_ABNORMAL, 'the host stopped'),
    )
    transport.onClose(() => stopWatching())
    return transport
  }
