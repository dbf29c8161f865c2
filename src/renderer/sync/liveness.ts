import { PROBE_RPC_ID, encodeRpc } from '../../shared/protocol'
import { CLOSE_ABNORMAL } from '../../shared/transport'
import type { Dialer, Transport } from '../../shared/transport'

/** The timers a liveness check runs on: the real ones, or a test's fake clock. */
export interface LivenessTimers {
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export interface LivenessOptions {
  /** Nothing from the host for this long: ask it whether it is still there. */
  readonly silenceMs?: number
  /** No answer (nor anything else) within this long after asking: the connection is lost. */
  readonly answerMs?: number
  readonly timers?: LivenessTimers
}

export const DEFAULT_SILENCE_MS = 15_000
export const DEFAULT_ANSWER_MS = 5_000
export const LOST_REASON = 'the host stopped answering (the network may be down)'

const realTimers: LivenessTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

const PING = encodeRpc({ id: PROBE_RPC_ID, method: 'ping', params: {} })

/** One watched connection: `probe` asks the host now instead of after the silence. */
export interface WatchedConnection {
  probe(): void
}

/**
 * Closes `transport` when the host falls silent: a network that drops without a word (Wi-Fi
 * gone, a NAT that forgot us) leaves a WebSocket open forever, and the editor's changes going
 * nowhere. Any frame from the host counts as life; after `silenceMs` without one the host is
 * asked `ping`, and without any frame `answerMs` later the transport is closed (1006), so the
 * link shows Offline and dials again. A MessagePort never goes silent, and its host answers too.
 */
export const watchLiveness = (
  transport: Transport,
  options: LivenessOptions = {},
): WatchedConnection => {
  const timers = options.timers ?? realTimers
  const silenceMs = options.silenceMs ?? DEFAULT_SILENCE_MS
  const answerMs = options.answerMs ?? DEFAULT_ANSWER_MS
  let open = false
  let closed = false
  let timer: unknown

  const wait = (ms: number, then: () => void): void => {
    timers.clearTimeout(timer)
    timer = timers.setTimeout(then, ms)
  }
  const lost = (): void => transport.close(CLOSE_ABNORMAL, LOST_REASON)
  const probe = (): void => {
    if (!open || closed) return
    transport.send(PING)
    wait(answerMs, lost)
  }
  const heard = (): void => {
    if (open && !closed) wait(silenceMs, probe)
  }

  transport.onOpen(() => {
    open = true
    heard()
  })
  transport.onMessage(heard)
  transport.onClose(() => {
    closed = true
    timers.clearTimeout(timer)
  })
  return { probe }
}

/**
 * A dialer whose every connection is watched (above), with `probeAll` to ask every open one at
 * once: the browser said the device went offline. Not closed outright, since a host on this
 * computer (loopback) is still there while the network is gone.
 */
export const livenessDialer = (
  dialer: Dialer,
  options: LivenessOptions = {},
): { readonly dialer: Dialer; probeAll(): void } => {
  const watched = new Set<WatchedConnection>()
  return {
    dialer: (room) => {
      const transport = dialer(room)
      const connection = watchLiveness(transport, options)
      watched.add(connection)
      transport.onClose(() => watched.delete(connection))
      return transport
    },
    probeAll: () => {
      for (const connection of [...watched]) connection.probe()
    },
  }
}
