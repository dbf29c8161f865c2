/** The clock a `DebouncedWrite` waits on: the page's timers, or a test's. */
export interface WriteTimers {
  /** Runs `run` after `delayMs`; 0 means once the next frame has been painted. */
  set(run: () => void, delayMs: number): unknown
  clear(handle: unknown): void
}

interface PageTimer {
  frame: number | null
  timeout: ReturnType<typeof setTimeout> | null
}

const PAGE_TIMERS: WriteTimers = {
  set: (run, delayMs) => {
    const timer: PageTimer = { frame: null, timeout: null }
    if (delayMs > 0 || typeof requestAnimationFrame !== 'function') {
      timer.timeout = setTimeout(run, delayMs)
    } else {
      // A task queued from the frame's callback runs after that frame is painted.
      timer.frame = requestAnimationFrame(() => {
        timer.frame = null
        timer.timeout = setTimeout(run, 0)
      })
    }
    return timer
  },
  clear: (handle) => {
    const timer = handle as PageTimer
    if (timer.frame !== null) cancelAnimationFrame(timer.frame)
    if (timer.timeout !== null) clearTimeout(timer.timeout)
  },
}

/**
 * Writes the latest of a run of values once they stop coming for `delayMs` (typing that pauses),
 * or at once when asked. A value waiting is never dropped silently: `flush` writes it (before
 * the page goes away, or before another screen is shown), and only `cancel` drops it.
 */
export class DebouncedWrite<T> {
  private waiting: { readonly value: T } | null = null
  private timer: unknown = null

  constructor(
    private readonly write: (value: T) => void,
    private readonly delayMs: number,
    private readonly timers: WriteTimers = PAGE_TIMERS,
  ) {}

  /**
   * Writes `value` once nothing newer has come for `delayMs` (it replaces any value waiting);
   * 0: right after the next frame.
   */
  later(value: T, delayMs = this.delayMs): void {
    this.stopTimer()
    this.waiting = { value }
    this.timer = this.timers.set(() => this.flush(), delayMs)
  }

  /** Writes `value` now; a value waiting is older, so it is dropped. */
  now(value: T): void {
    this.cancel()
    this.write(value)
  }

  /** Writes the value waiting now, if there is one. */
  flush(): void {
    const waiting = this.waiting
    this.cancel()
    if (waiting !== null) this.write(waiting.value)
  }

  /** Drops the value waiting, unwritten. */
  cancel(): void {
    this.stopTimer()
    this.waiting = null
  }

  get pending(): boolean {
    return this.waiting !== null
  }

  private stopTimer(): void {
    if (this.timer !== null) this.timers.clear(this.timer)
    this.timer = null
  }
}
