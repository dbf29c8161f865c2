import { EntryTable } from './entry-table'

/**
 * Entries that belong to one claim, by claim id, so a change touches only that claim's view.
 * Each claim keeps a plain array of its entries (a `Set` per claim cost ~170 bytes each: the
 * largest part of the index, docs/benchmarks.md "Heap").
 *
 * While no id has arrived twice (what honest replicas send), each list holds exactly the table's
 * entries of its claim and is read as it is: no lookup per entry when a claim's view is derived.
 * Once an id has arrived twice (a copy, or a different entry reusing it), a list may hold an entry
 * the table does not keep, so from then on each id of a list is read back from the table, once.
 */
export class ByClaim<T extends { readonly id: string }> {
  readonly table: EntryTable<T>
  private readonly lists = new Map<string, T[]>()
  /** False once any id has arrived twice: the lists then need the table's word on each entry. */
  private exact = true
  /** The list `addTo` wrote last, its claim, and the set it was touched in. */
  private lastClaimId = ''
  private lastList: T[] | undefined = undefined
  private lastTouched: Set<string> | null = null

  /**
   * `claimOf` names the claim an entry belongs to; `otherClaimOf` a second one (a link's other
   * end). Two functions rather than a list per entry: loading allocates nothing per entry here.
   */
  constructor(
    private readonly claimOf: (entry: T) => string,
    private readonly otherClaimOf: ((entry: T) => string) | null = null,
    prefer?: (entry: T) => boolean,
  ) {
    this.table = new EntryTable<T>(prefer)
  }

  /** Adds `entry`, and the claims it belongs to to `touched`. */
  add(entry: T, touched: Set<string>): void {
    if (!this.table.add(entry)) this.exact = false
    const claimId = this.claimOf(entry)
    this.addTo(claimId, entry, touched)
    // A link from a claim to itself is listed once.
    const other = this.otherClaimOf?.(entry)
    if (other !== undefined && other !== claimId) this.addTo(other, entry, touched)
  }

  remove(entry: T, touched: Set<string>): void {
    this.table.remove(entry)
    const gone = !this.table.has(entry.id)
    this.removeFrom(this.claimOf(entry), entry.id, gone, touched)
    if (this.otherClaimOf !== null)
      this.removeFrom(this.otherClaimOf(entry), entry.id, gone, touched)
  }

  of(claimId: string): T[] {
    const list = this.lists.get(claimId)
    if (list === undefined) return []
    if (this.exact) return list.slice()
    const out: T[] = []
    this.forEachKept(list, claimId, (entry) => out.push(entry))
    return out
  }

  /** How many of the claim's entries pass `keep` (all when there is none), without a list. */
  count(claimId: string, keep?: (entry: T) => boolean): number {
    const list = this.lists.get(claimId)
    if (list === undefined) return 0
    if (this.exact && keep === undefined) return list.length
    let count = 0
    if (this.exact) {
      for (let at = 0; at < list.length; at++) if (keep!(list[at]!)) count++
      return count
    }
    this.forEachKept(list, claimId, (entry) => {
      if (keep === undefined || keep(entry)) count++
    })
    return count
  }

  has(claimId: string): boolean {
    return this.lists.has(claimId)
  }

  private belongsTo(entry: T, claimId: string): boolean {
    return this.claimOf(entry) === claimId || this.otherClaimOf?.(entry) === claimId
  }

  /** Each id of `list` once, as the entry the table keeps for it, if that is still this claim's. */
  private forEachKept(list: readonly T[], claimId: string, visit: (entry: T) => void): void {
    const seen = new Set<string>()
    for (const { id } of list) {
      if (seen.has(id)) continue
      seen.add(id)
      const entry = this.table.get(id)
      if (entry !== undefined && this.belongsTo(entry, claimId)) visit(entry)
    }
  }

  private addTo(claimId: string, entry: T, touched: Set<string>): void {
    // A claim's entries mostly come in a run: the last list spares a lookup, and while the
    // touched set is the same one it has the claim already.
    const again = claimId === this.lastClaimId && touched === this.lastTouched
    let list = again ? this.lastList : undefined
    if (!again) {
      touched.add(claimId)
      list = this.lists.get(claimId)
    }
    // Copied to an array of the exact size while short: `push` (and a spread) would reserve
    // 16 more slots, for 10,000 claims 3 MB of nothing.
    if (list === undefined) list = [entry]
    else if (list.length < 16) list = list.concat(entry)
    else {
      list.push(entry)
      return
    }
    this.lists.set(claimId, list)
    this.lastClaimId = claimId
    this.lastList = list
    this.lastTouched = touched
  }

  private removeFrom(claimId: string, id: string, gone: boolean, touched: Set<string>): void {
    touched.add(claimId)
    if (!gone) return
    this.lastTouched = null
    const list = this.lists.get(claimId)
    if (list === undefined) return
    const kept = list.filter((other) => other.id !== id)
    if (kept.length > 0) this.lists.set(claimId, kept)
    else this.lists.delete(claimId)
  }
}
