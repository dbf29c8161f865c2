/**
 * Tracks the updates handed to `DocLease.persisted` and not yet settled, so that a flush can wait
 * for exactly those sent before it, and a failed write is reported to the next flush, not lost.
 */
export class Durability {
  private readonly pending = new Set<Promise<void>>()
  private failure: unknown = null
  private durable = 0

  track(write: Promise<void>): void {
    const settled: Promise<void> = write
      .then(
        () => void this.durable++,
        (error: unknown) => void (this.failure ??= error),
      )
      .finally(() => this.pending.delete(settled))
    this.pending.add(settled)
  }

  /** Waits for every write tracked so far; reports (once) a failure since the last flush. */
  async flush(): Promise<{ readonly durable: number; readonly failure: unknown }> {
    await Promise.all([...this.pending])
    const failure = this.failure
    this.failure = null
    return { durable: this.durable, failure }
  }

  get inFlight(): number {
    return this.pending.size
  }
}
