import { RpcError, TokenBucket } from '../../../shared/protocol'
import type { RateLimit } from '../../../shared/protocol'

/** Buckets full again after this long are forgotten, so closed connections cost nothing. */
const FORGET_AFTER_MS = 10 * 60 * 1000

/**
 * How many dossiers `create` and `import` may add: per connection, a token bucket (so a script
 * cannot fill the disk one call at a time), and per library, a count cap (`list` and the library
 * screen stay usable). Both refusals say what the limit is and what to do.
 */
export class CreationQuota {
  private readonly buckets = new Map<string, { bucket: TokenBucket; last: number }>()

  constructor(
    private readonly rate: RateLimit,
    private readonly maxDossiers: number,
    private readonly countDossiers: () => Promise<number>,
    private readonly now: () => number = Date.now,
  ) {}

  /** Throws RpcError('quota-exceeded') when `connection` may not add a dossier now. */
  async check(connection: string): Promise<void> {
    const now = this.now()
    this.forgetIdle(now)
    const entry = this.buckets.get(connection) ?? {
      bucket: new TokenBucket(this.rate, this.now),
      last: now,
    }
    this.buckets.set(connection, entry)
    entry.last = now
    if (!entry.bucket.take(1)) {
      const perMinute = Math.round(this.rate.perSecond * 60)
      throw new RpcError(
        'quota-exceeded',
        `too many new dossiers from this connection (at most ${this.rate.burst} at once, then ${perMinute} a minute); wait a minute and try again`,
      )
    }
    if ((await this.countDossiers()) >= this.maxDossiers) {
      throw new RpcError(
        'quota-exceeded',
        `the library holds ${this.maxDossiers} dossiers, its limit; delete or archive some before adding more`,
      )
    }
  }

  private forgetIdle(now: number): void {
    for (const [connection, entry] of this.buckets) {
      if (now - entry.last > FORGET_AFTER_MS) this.buckets.delete(connection)
    }
  }
}
