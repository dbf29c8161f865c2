import {
  CLOSE_HOST_BUSY,
  CLOSE_INTERNAL_ERROR,
  CLOSE_POLICY_VIOLATION,
  CLOSE_TOO_BIG,
  CLOSE_TRY_AGAIN_LATER,
  TokenBucket,
  decodeFrame,
  maxFrameBytes,
} from '../../../shared/protocol'
import type { ConnectionLimits, Frame, Role } from '../../../shared/protocol'
import { Durability } from './durability'
import type { Transport } from '../../../shared/transport'
import type { HostBudget } from './host-budget'

export interface ConnectionInfo {
  readonly id: string
  readonly dossierId: string
  readonly role: Role
  readonly transport: string
}

/**
 * One replica's connection to the hub: the gate every frame passes before anything else sees it.
 * It enforces the size cap and the rate limits, decodes in try/catch, and queues decoded frames
 * until the dossier is open; any violation closes this connection and nothing else.
 */
export class Connection implements ConnectionInfo {
  readonly transport: string
  /** Awareness client ids this connection introduced; removed when it closes. */
  readonly awarenessClients = new Set<number>()
  readonly durability = new Durability()
  rpcInFlight = 0
  private readonly frameRate: TokenBucket
  private readonly byteRate: TokenBucket
  private readonly maxBytes: number
  private handler: ((frame: Frame) => void) | null = null
  private queue: Frame[] = []
  private queuedBytes = 0
  private held: Uint8Array[] = []
  private heldBytes = 0
  /** What this connection has taken from the host's budget for bytes queued to send. */
  private sendCharge = 0
  private readonly stopReclaiming: () => void
  private isClosed = false
  private closeListeners: ((code: number, reason: string) => void)[] = []

  constructor(
    readonly id: string,
    readonly dossierId: string,
    readonly role: Role,
    private readonly link: Transport,
    private readonly limits: ConnectionLimits,
    now: () => number,
    private readonly budget: HostBudget,
  ) {
    this.transport = link.kind ?? 'unknown'
    this.frameRate = new TokenBucket(limits.frameRate, now)
    this.byteRate = new TokenBucket(limits.byteRate, now)
    this.maxBytes = maxFrameBytes(limits.frames)
    this.stopReclaiming = budget.addReclaimer(() => this.reclaimSent())
    link.onMessage((bytes) => this.receive(bytes))
    link.onClose(({ code, reason }) => this.closed(code, reason))
  }

  get closedAlready(): boolean {
    return this.isClosed
  }

  onClose(listener: (code: number, reason: string) => void): void {
    if (!this.isClosed) this.closeListeners.push(listener)
  }

  /** From now on frames go to `handler`, queued ones first. */
  open(handler: (frame: Frame) => void): void {
    this.handler = handler
    const queued = this.queue
    this.queue = []
    this.budget.give(this.queuedBytes)
    this.queuedBytes = 0
    for (const frame of queued) this.dispatch(frame)
  }

  send(bytes: Uint8Array): void {
    if (this.isClosed) return
    const buffered = this.buffered()
    if (buffered > this.limits.sendBufferBytes) {
      return this.close(CLOSE_TRY_AGAIN_LATER, 'reading too slowly; reconnect to resync')
    }
    // Only a transport that reports its buffer holds bytes on the host (a port hands them over).
    if (this.link.bufferedAmount !== undefined && !this.chargeSend(buffered + bytes.length)) {
      return this.overBudget()
    }
    try {
      this.link.send(bytes)
    } catch {
      this.close(CLOSE_INTERNAL_ERROR, 'send failed')
    }
  }

  close(code: number, reason: string): void {
    if (this.isClosed) return
    this.link.close(code, reason)
    this.closed(code, reason)
  }

  /** Keeps an update whose dependencies have not arrived; false when that would exceed the cap. */
  hold(update: Uint8Array): boolean {
    if (this.heldBytes + update.length > this.limits.heldUpdateBytes) return false
    if (!this.budget.take(update.length)) {
      this.overBudget()
      return false
    }
    this.held.push(update)
    this.heldBytes += update.length
    return true
  }

  takeHeld(): Uint8Array[] {
    const held = this.held
    this.budget.give(this.heldBytes)
    this.held = []
    this.heldBytes = 0
    return held
  }

  get hasHeld(): boolean {
    return this.held.length > 0
  }

  /** Held updates, counted as sent (a merge of several counts as one). */
  get heldCount(): number {
    return this.held.length
  }

  private receive(bytes: Uint8Array): void {
    if (this.isClosed) return
    if (bytes.length > this.maxBytes) return this.close(CLOSE_TOO_BIG, 'frame too big')
    if (!this.frameRate.take(1) || !this.byteRate.take(bytes.length)) {
      return this.close(CLOSE_POLICY_VIOLATION, 'rate limit exceeded')
    }
    const decoded = decodeFrame(bytes, this.limits.frames)
    if (!decoded.ok) {
      const code = decoded.reason === 'too-big' ? CLOSE_TOO_BIG : CLOSE_POLICY_VIOLATION
      return this.close(code, `bad frame (${decoded.reason}): ${decoded.detail}`)
    }
    if (this.handler !== null) return this.dispatch(decoded.frame)
    if (this.queuedBytes + bytes.length > this.limits.queuedBytes) {
      return this.close(CLOSE_POLICY_VIOLATION, 'too much data before the dossier opened')
    }
    if (!this.budget.take(bytes.length)) return this.overBudget()
    this.queuedBytes += bytes.length
    this.queue.push(decoded.frame)
  }

  private dispatch(frame: Frame): void {
    if (this.isClosed || this.handler === null) return
    try {
      this.handler(frame)
    } catch {
      // A frame that passed validation and still broke the handler is our bug, not the
      // peer's; it costs this connection, never the hub.
      this.close(CLOSE_INTERNAL_ERROR, 'frame could not be handled')
    }
  }

  private buffered(): number {
    return this.link.bufferedAmount?.() ?? 0
  }

  /** Sets this connection's send charge to `bytes`; false when the budget cannot hold it. */
  private chargeSend(bytes: number): boolean {
    // Settle our own charge first, so the budget's reclaim pass below leaves it alone.
    this.reclaimSent()
    const more = bytes - this.sendCharge
    if (more > 0 && !this.budget.take(more)) return false
    this.sendCharge = Math.max(this.sendCharge, bytes)
    return true
  }

  /** Gives back what the socket has written since this connection's charge was last set. */
  private reclaimSent(): void {
    const buffered = this.buffered()
    if (buffered >= this.sendCharge) return
    this.budget.give(this.sendCharge - buffered)
    this.sendCharge = buffered
  }

  private overBudget(): void {
    this.close(CLOSE_HOST_BUSY, 'the host is holding too much data for its connections; try later')
  }

  private closed(code: number, reason: string): void {
    if (this.isClosed) return
    this.isClosed = true
    this.queue = []
    this.budget.give(this.queuedBytes)
    this.queuedBytes = 0
    this.takeHeld()
    this.budget.give(this.sendCharge)
    this.sendCharge = 0
    this.stopReclaiming()
    const listeners = this.closeListeners
    this.closeListeners = []
    for (const listener of listeners) listener(code, reason)
  }
}
