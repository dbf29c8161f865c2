import { CLOSE_NORMAL } from '../protocol'
import { CLOSE_ABNORMAL } from './transport'
import type { Transport } from './transport'
import { TransportEvents } from './transport-events'

const describe = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

/**
 * A transport whose carrier arrives later: a port the desktop app brokers, a stream once its
 * handshake is done. It is connecting until the carrier opens; a carrier that never comes is a
 * close that never opened (1006, with why), and one that comes after close is closed at once.
 */
export const pendingTransport = (kind: string, carrier: Promise<Transport>): Transport => {
  const events = new TransportEvents({ open: false })
  let inner: Transport | null = null
  carrier.then(
    (arrived) => {
      if (events.isClosed) return arrived.close(CLOSE_NORMAL, 'no longer wanted')
      inner = arrived
      arrived.onMessage((bytes) => events.message(bytes))
      arrived.onClose(({ code, reason, refused }) => events.close(code, reason, refused))
      arrived.onOpen(() => events.open())
    },
    (error: unknown) => events.close(CLOSE_ABNORMAL, describe(error)),
  )
  return {
    kind,
    send: (bytes) => {
      if (events.isOpen) inner?.send(bytes)
    },
    close: (code = CLOSE_NORMAL, reason = '') => {
      inner?.close(code, reason)
      events.close(code, reason)
    },
    ...events.listen,
    bufferedAmount: () => inner?.bufferedAmount?.() ?? 0,
  }
}

/** A pending transport to hand out now, with the calls that later give it its carrier or fail it. */
export const deferredTransport = (
  kind: string,
): {
  readonly transport: Transport
  arrive(carrier: Transport): void
  fail(error: Error): void
} => {
  let arrive!: (carrier: Transport) => void
  let fail!: (error: Error) => void
  const carrier = new Promise<Transport>((resolve, reject) => {
    arrive = resolve
    fail = reject
  })
  return { transport: pendingTransport(kind, carrier), arrive, fail }
}
