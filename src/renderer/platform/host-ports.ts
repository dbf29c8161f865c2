import type { DeskApi, HostPortDelivery } from '../../shared/ipc/desk-api'
import { portDialer } from '../sync/port-dialer'
import { LIBRARY_ROOM } from '../sync/rooms'
import type { Dialer, MessagePortLike } from '../../shared/transport'

const DELIVERY_TYPE: HostPortDelivery['type'] = 'vdesk:host-port'
const PORT_TIMEOUT_MS = 10_000

const newRequestId = (): string =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`

const isDelivery = (data: unknown, requestId: string): boolean =>
  typeof data === 'object' &&
  data !== null &&
  (data as Partial<HostPortDelivery>).type === DELIVERY_TYPE &&
  (data as Partial<HostPortDelivery>).requestId === requestId

/**
 * A MessagePort to the host for `dossierId` (null: the library), the desktop app's equivalent of
 * opening a WebSocket. Only a message this window posted to itself is accepted: the preload
 * posts it, and no other frame can.
 */
export const requestHostPort = (desk: DeskApi, dossierId: string | null): Promise<MessagePort> =>
  new Promise((resolve, reject) => {
    const requestId = newRequestId()
    const done = (): void => {
      window.removeEventListener('message', onMessage)
      clearTimeout(timer)
    }
    const onMessage = (event: MessageEvent): void => {
      const port = event.ports[0]
      if (event.source !== window || port === undefined || !isDelivery(event.data, requestId))
        return
      done()
      resolve(port)
    }
    const timer = setTimeout(() => {
      done()
      reject(new Error('the host did not answer'))
    }, PORT_TIMEOUT_MS)
    // Listening first: the port may arrive before the answer does.
    window.addEventListener('message', onMessage)
    desk.connect({ requestId, dossierId }).then(
      (answer) => {
        if (answer.ok) return
        done()
        reject(new NoDesktopHostError(answer.reason))
      },
      (error: unknown) => {
        done()
        reject(error instanceof Error ? error : new Error(String(error)))
      },
    )
  })

/** The desktop app runs no host: the renderer works on its own copy. */
export class NoDesktopHostError extends Error {}

/** Dials the desktop app's host over ports the main process brokers. */
export const desktopDialer = (desk: DeskApi): Dialer =>
  portDialer({
    // The port transport starts a DOM port as it listens, so nothing the host sends first is lost.
    requestPort: (room): Promise<MessagePortLike> =>
      requestHostPort(desk, room === LIBRARY_ROOM ? null : room),
    onHostStopped: (listener) => desk.onHostStopped(listener),
  })
