export interface BackoffOptions {
  /** The first retry waits about this long. */
  readonly baseMs: number
  /** No wait is longer than this. */
  readonly capMs: number
  /** A number in [0, 1); injectable for tests. */
  readonly random?: () => number
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 250, capMs: 10_000 }

/**
 * The wait before retry number `attempt` (0 for the first): exponential, capped, with jitter in
 * its upper half, so a restarted host is not met by every replica in the same millisecond while
 * no replica waits much less than the schedule says.
 */
export const backoffDelay = (
  attempt: number,
  options: BackoffOptions = DEFAULT_BACKOFF,
): number => {
  const random = options.random ?? Math.random
  const exponent = Math.min(Math.max(attempt, 0), 30)
  const ceiling = Math.min(options.capMs, options.baseMs * 2 ** exponent)
  return Math.round(ceiling / 2 + (random() * ceiling) / 2)
}
