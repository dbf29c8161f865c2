import type * as Y from 'yjs'
import type { Awareness } from 'y-protocols/awareness'
import { CLOSE_NORMAL, CLOSE_POLICY_VIOLATION, ClientSession } from '../protocol'
import type { Dialer, Transport, TransportClose } from '../transport'
import { DEFAULT_BACKOFF, backoffDelay } from './backoff'
import type { BackoffOptions } from './backoff'
import { judgeClose } from './close-verdict'
import type { CloseVerdict } from './close-verdict'
import type { LinkState } from './link-state'

export interface SessionLinkOptions {
  /** The dossier id, or the library room. */
  readonly room: string
  readonly dialer: Dialer
  readonly doc: Y.Doc
  readonly awareness?: Awareness
  readonly backoff?: BackoffOptions
  /** An attempt that has not opened by then is given up and retried. */
  readonly openTimeoutMs?: number
  readonly rpcTimeoutMs?: number
  /**
   * False: a connection that ends is not dialled again, and the link stays failed (a command that
   * makes one call). Default true: it waits (backoff) and dials again, for as long as it is open.
   */
  readonly reconnect?: boolean
}

const DEFAULT_OPEN_TIMEOUT_MS = 15_000

/**
 * One replica document kept in sync with the host across connections: it dials, runs a
 * ClientSession over each connection, and when a connection ends it waits (exponential backoff
 * with jitter) and dials again. Every new connection starts with a fresh sync step 1, so a host
 * that restarted, or missed changes made offline, is brought up to date both ways. Any Transport
 * will do: the Dialer decides what carries the frames.
 */
export class SessionLink {
  readonly session: ClientSession
  private current: LinkState = { kind: 'connecting' }
  private readonly listeners = new Set<(state: LinkState) => void>()
  private transport: Transport | null = null
  private lastCloseSeen: TransportClose | null = null
  /** Bumped per dial: callbacks from an earlier connection are ignored. */
  private generation = 0
  /** Failures since the link was last live: sets the next wait. */
  private failures = 0
  private retryTimer: ReturnType<typeof setTimeout> | undefined
  private openTimer: ReturnType<typeof setTimeout> | undefined
  /** Why the current connection is being ended, when we know better than the transport. */
  private ending: CloseVerdict | null = null
  private started = false
  private closed = false

  constructor(private readonly options: SessionLinkOptions) {
    this.session = new ClientSession({
      doc: options.doc,
      ...(options.awareness === undefined ? {} : { awareness: options.awareness }),
      ...(options.rpcTimeoutMs === undefined ? {} : { rpcTimeoutMs: options.rpcTimeoutMs }),
      send: (bytes) => this.transport?.send(bytes),
      onSynced: () => {
        this.failures = 0
        this.setState({ kind: 'live' })
      },
      onProtocolError: (reason) =>
        this.endConnection(
          {
            kind: 'error',
            reason: `the host sent something this replica does not understand (${reason})`,
            retry: true,
          },
          CLOSE_POLICY_VIOLATION,
          reason,
        ),
    })
  }

  get state(): LinkState {
    return this.current
  }

  /** How the last connection ended, as the transport told it (null before any ended). */
  get lastClose(): TransportClose | null {
    return this.lastCloseSeen
  }

  readonly subscribe = (listener: (state: LinkState) => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Resolves the next time the link is live (at once if it is). */
  whenLive(): Promise<void> {
    if (this.current.kind === 'live') return Promise.resolve()
    return new Promise((resolve) => {
      const stop = this.subscribe((state) => {
        if (state.kind !== 'live') return
        stop()
        resolve()
      })
    })
  }

  start(): void {
    if (this.started || this.closed) return
    this.started = true
    this.dial()
  }

  /** Skips the wait before the next attempt (a "Retry now" button). */
  retryNow(): void {
    if (this.closed || !this.started || this.retryTimer === undefined) return
    this.failures = 0
    this.dial()
  }

  close(): void {
    if (this.closed) return
    this.closed = true
    this.generation++
    clearTimeout(this.retryTimer)
    clearTimeout(this.openTimer)
    // Says goodbye to the others (presence removed) while the connection is still there.
    this.session.destroy()
    this.transport?.close(CLOSE_NORMAL, 'replica closed')
    this.transport = null
    this.setState({ kind: 'closed' })
  }

  private dial(): void {
    clearTimeout(this.retryTimer)
    this.retryTimer = undefined
    const generation = ++this.generation
    const isCurrent = (): boolean => generation === this.generation && !this.closed
    this.ending = null
    const previous = this.current
    if (previous.kind === 'offline' || previous.kind === 'refused' || previous.kind === 'error') {
      this.setState({ ...previous, retryAt: 'now' })
    }
    const transport = this.options.dialer(this.options.room)
    this.transport = transport
    // Armed before listening: a transport that is open already says so at once.
    this.openTimer = setTimeout(() => {
      if (isCurrent()) transport.close(CLOSE_NORMAL, 'replica closed')
    }, this.options.openTimeoutMs ?? DEFAULT_OPEN_TIMEOUT_MS)
    transport.onOpen(() => {
      if (!isCurrent()) return
      clearTimeout(this.openTimer)
      this.renewPresence()
      this.session.start()
    })
    transport.onMessage((bytes) => {
      if (isCurrent()) this.session.receive(bytes)
    })
    transport.onClose((close) => {
      if (!isCurrent()) return
      clearTimeout(this.openTimer)
      this.transport = null
      this.lastCloseSeen = close
      this.session.disconnected()
      this.failed(close)
    })
  }

  /**
   * The others dropped our presence when the connection went, but kept its clock: the same
   * state sent again would be ignored as old news. A new clock makes it news.
   */
  private renewPresence(): void {
    const { awareness } = this.session
    const state = awareness.getLocalState()
    if (state !== null) awareness.setLocalState(state)
  }

  private endConnection(verdict: CloseVerdict, code: number, reason: string): void {
    this.ending = verdict
    this.transport?.close(code, reason)
  }

  private failed(close: TransportClose): void {
    const verdict = this.ending ?? judgeClose(close)
    this.ending = null
    if (!verdict.retry || this.options.reconnect === false) {
      this.setState({ kind: verdict.kind, reason: verdict.reason, retryAt: null })
      return
    }
    const delay = backoffDelay(this.failures++, this.options.backoff ?? DEFAULT_BACKOFF)
    this.setState({ kind: verdict.kind, reason: verdict.reason, retryAt: Date.now() + delay })
    this.retryTimer = setTimeout(() => this.dial(), delay)
  }

  private setState(state: LinkState): void {
    this.current = state
    for (const listener of [...this.listeners]) listener(state)
  }
}
