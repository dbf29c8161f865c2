import { canonicalJson } from '../identity/canonical-json'

/**
 * Entries keyed by id, tolerant of what other replicas may send: the same entry twice (counted, so
 * deleting one copy keeps the other) or two different entries under one id. For the latter every
 * replica must pick the same one whatever order they arrived in: a preferred entry (for decisions,
 * one whose signature verifies) before any other, then the one whose canonical JSON sorts first;
 * the others are reported.
 */
interface Variant<T> {
  readonly entry: T
  readonly canonical: string
  readonly preferred: boolean
  count: number
}

export class EntryTable<T extends { readonly id: string }> {
  /** The entry of each id only one entry claims; its copies beyond the first are in `copies`. */
  private readonly single = new Map<string, T>()
  /** Ids whose one entry arrived more than once, with how many copies beyond the first: rare. */
  private readonly copies = new Map<string, number>()
  private readonly contested = new Map<string, Variant<T>[]>()

  /** `prefer` must depend on the entry alone, so that every replica ranks variants alike. */
  constructor(private readonly prefer: (entry: T) => boolean = () => false) {}

  /** True when `entry` is the first under its id; false for a copy or a variant. */
  add(entry: T): boolean {
    // Honest replicas never reuse an id: no lookup in the (then empty) contested map.
    const variants = this.contested.size === 0 ? undefined : this.contested.get(entry.id)
    if (variants !== undefined) {
      this.addVariant(variants, entry)
      return false
    }
    const existing = this.single.get(entry.id)
    if (existing === undefined) {
      this.single.set(entry.id, entry)
      return true
    }
    if (existing === entry || canonicalJson(existing) === canonicalJson(entry)) {
      this.copies.set(entry.id, (this.copies.get(entry.id) ?? 0) + 1)
      return false
    }
    this.single.delete(entry.id)
    const list: Variant<T>[] = [
      {
        entry: existing,
        canonical: canonicalJson(existing),
        preferred: this.prefer(existing),
        count: 1 + this.takeCopies(entry.id),
      },
    ]
    this.contested.set(entry.id, list)
    this.addVariant(list, entry)
    return false
  }

  /** Takes one copy of `entry` away; the id stays while another copy or variant is there. */
  remove(entry: T): void {
    const variants = this.contested.get(entry.id)
    if (variants === undefined) {
      if (!this.single.has(entry.id)) return
      const copies = this.takeCopies(entry.id)
      if (copies > 1) this.copies.set(entry.id, copies - 1)
      else if (copies === 0) this.single.delete(entry.id)
      return
    }
    const canonical = canonicalJson(entry)
    const at = variants.findIndex((variant) => variant.canonical === canonical)
    if (at < 0) return
    variants[at]!.count -= 1
    if (variants[at]!.count <= 0) variants.splice(at, 1)
    if (variants.length === 1) {
      this.contested.delete(entry.id)
      this.single.set(entry.id, variants[0]!.entry)
      if (variants[0]!.count > 1) this.copies.set(entry.id, variants[0]!.count - 1)
    } else if (variants.length === 0) {
      this.contested.delete(entry.id)
    }
  }

  get(id: string): T | undefined {
    const entry = this.single.get(id)
    if (entry !== undefined || this.contested.size === 0) return entry
    return this.contested.get(id)?.[0]?.entry
  }

  has(id: string): boolean {
    return this.single.has(id) || this.contested.has(id)
  }

  /** Ids that more than one different entry claims, with the losing entries. */
  *conflicts(): IterableIterator<{ id: string; rejected: T[] }> {
    for (const [id, variants] of this.contested) {
      yield { id, rejected: variants.slice(1).map((variant) => variant.entry) }
    }
  }

  *values(): IterableIterator<T> {
    yield* this.single.values()
    for (const variants of this.contested.values()) yield variants[0]!.entry
  }

  get size(): number {
    return this.single.size + this.contested.size
  }

  /** How many copies beyond the first `id`'s single entry has; forgets them. */
  private takeCopies(id: string): number {
    const copies = this.copies.get(id) ?? 0
    this.copies.delete(id)
    return copies
  }

  private addVariant(variants: Variant<T>[], entry: T): void {
    const canonical = canonicalJson(entry)
    const same = variants.find((variant) => variant.canonical === canonical)
    if (same !== undefined) {
      same.count += 1
      return
    }
    variants.push({ entry, canonical, preferred: this.prefer(entry), count: 1 })
    variants.sort((a, b) =>
      a.preferred !== b.preferred
        ? a.preferred
          ? -1
          : 1
        : a.canonical < b.canonical
          ? -1
          : a.canonical > b.canonical
            ? 1
            : 0,
    )
  }
}
