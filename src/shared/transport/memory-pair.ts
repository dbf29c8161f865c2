import { CLOSE_NORMAL, CLOSE_UNSUPPORTED_DATA } from '../protocol'
import { asBytes } from './bytes'
import { CLOSE_ABNORMAL } from './transport'
import type { Transport } from './transport'
import { TransportEvents } from './transport-events'

export type PairEnd = 'a' | 'b'

type InFlight =
  | { readonly kind: 'message'; readonly data: unknown; readonly bytes: number }
  | { readonly kind: 'close'; readonly code: number; readonly reason: string }

/** Two transports joined in memory, with every message in flight held until it is delivered. */
export interface MemoryPair {
  readonly a: Transport
  readonly b: Transport
  /** Messages (and a close) on their way to `to`. */
  inFlight(to: PairEnd): number
  /** Delivers the oldest message on its way to `to`; false when there was none. */
  deliver(to: PairEnd): boolean
  /** Delivers until nothing is in flight either way (including what delivery makes happen). */
  deliverAll(): void
  /** Puts something that is not bytes on its way to `to`, as a broken peer would. */
  sendRaw(to: PairEnd, data: unknown): void
  /** Both ends go without a word (a cable pulled): each reports 1006, nothing in flight arrives. */
  vanish(): void
}

export interface MemoryPairOptions {
  /** Hold messages until deliver() is called (tests that choose the order); default: deliver soon. */
  readonly manual?: boolean
  readonly kind?: string
}

/**
 * A transport pair in memory: frames travel in order per direction, a close travels behind the
 * frames sent before it, both ends open at once. With `manual`, nothing moves until a test says
 * so, which lets a test choose the interleaving (one, all, or a seeded random order).
 */
export const memoryPair = (options: MemoryPairOptions = {}): MemoryPair => {
  const queues: Record<PairEnd, InFlight[]> = { a: [], b: [] }
  const events: Record<PairEnd, TransportEvents> = {
    a: new TransportEvents({ open: true }),
    b: new TransportEvents({ open: true }),
  }
  const other = (end: PairEnd): PairEnd => (end === 'a' ? 'b' : 'a')
  let scheduled = false

  const schedule = (): void => {
    if (options.manual === true || scheduled) return
    scheduled = true
    queueMicrotask(() => {
      scheduled = false
      deliverAll()
    })
  }

  const enqueue = (to: PairEnd, item: InFlight): void => {
    queues[to].push(item)
    schedule()
  }

  const close = (end: PairEnd, code: number, reason: string): void => {
    if (events[end].isClosed) return
    events[end].close(code, reason)
    enqueue(other(end), { kind: 'close', code, reason })
  }

  const deliver = (to: PairEnd): boolean => {
    const item = queues[to].shift()
    if (item === undefined) return false
    if (item.kind === 'close') {
      events[to].close(item.code, item.reason)
      return true
    }
    if (!events[to].isOpen) return true
    const bytes = asBytes(item.data)
    if (bytes === null) close(to, CLOSE_UNSUPPORTED_DATA, 'binary frames only')
    else events[to].message(bytes)
    return true
  }

  const deliverAll = (): void => {
    while (deliver('a') || deliver('b')) {
      // Each delivery may send more; keep going until both directions are empty.
    }
  }

  const end = (self: PairEnd): Transport => ({
    kind: options.kind ?? 'memory',
    send: (bytes) => {
      if (events[self].isOpen) {
        enqueue(other(self), { kind: 'message', data: bytes.slice(), bytes: bytes.length })
      }
    },
    close: (code = CLOSE_NORMAL, reason = '') => close(self, code, reason),
    ...events[self].listen,
    bufferedAmount: () =>
      queues[other(self)].reduce((sum, item) => sum + (item.kind === 'message' ? item.bytes : 0), 0),
  })

  return {
    a: end('a'),
    b: end('b'),
    inFlight: (to) => queues[to].length,
    deliver,
    deliverAll,
    sendRaw: (to, data) => enqueue(to, { kind: 'message', data, bytes: 0 }),
    vanish: () => {
      queues.a = []
      queues.b = []
      events.a.close(CLOSE_ABNORMAL, 'the peer vanished')
      events.b.close(CLOSE_ABNORMAL, 'the peer vanished')
    },
  }
}
