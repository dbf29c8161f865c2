import type { RateLimit } from './limits'

/**
 * A token bucket: starts full, refills continuously, and refuses a take that would go below zero.
 * The clock is injected so tests need not sleep.
 */
export class TokenBucket {
  private tokens: number
  private last: number

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = limit.burst
    this.last = now()
  }

  /** Takes `amount` tokens if there are enough; a refused take takes nothing. */
  take(amount = 1): boolean {
    const now = this.now()
    const elapsed = Math.max(0, now - this.last) / 1000
    this.last = now
    this.tokens = Math.min(this.limit.burst, this.tokens + elapsed * this.limit.perSecond)
    if (amount > this.tokens) return false
    this.tokens -= amount
    return true
  }
}
