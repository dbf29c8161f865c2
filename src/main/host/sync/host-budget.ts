/**
 * One byte budget shared by every connection of a host: what each holds on the host's behalf
 * (waiting updates, frames queued while its dossier opens, bytes queued for sending) is taken
 * from it and given back when released or when the connection closes. Per-connection caps bound
 * one connection; this bounds all of them together.
 */
export class HostBudget {
  private used = 0
  private readonly reclaimers = new Set<() => void>()

  constructor(readonly limit: number) {}

  /** Takes `bytes`, or returns false (taking nothing) when the budget cannot hold them. */
  take(bytes: number): boolean {
    if (this.used + bytes <= this.limit) {
      this.used += bytes
      return true
    }
    // Send charges are refreshed lazily (a socket drains without telling us): bring them up to
    // date only under pressure, then try once more.
    for (const reclaim of this.reclaimers) reclaim()
    if (this.used + bytes > this.limit) return false
    this.used += bytes
    return true
  }

  give(bytes: number): void {
    this.used = Math.max(0, this.used - bytes)
  }

  /** Called when the budget runs short, to give back charges that are out of date. */
  addReclaimer(reclaim: () => void): () => void {
    this.reclaimers.add(reclaim)
    return () => this.reclaimers.delete(reclaim)
  }

  get inUse(): number {
    return this.used
  }
}
