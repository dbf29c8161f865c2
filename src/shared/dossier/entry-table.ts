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
  private readonly single = new Map<string, { entry: T; count: number }>()
  private readonly contested = new Map<string, Variant<T>[]>()

  /** `prefer` must depend on the entry alone, so that every replica ranks variants alike. */
  constructor(private readonly prefer: (entry: T) => boolean = () => false) {}

  add(entry: T): void {
    const variants = this.contested.get(entry.id)
    if (variants !== undefined) return this.addVariant(variants, entry)
    const existing = this.single.get(entry.id)
    if (existing === undefined) {
      this.single.set(entry.id, { entry, count: 1 })
      return
    }
    if (existing.entry === entry || canonicalJson(existing.entry) === canonicalJson(entry)) {
      existing.count += 1
      return
    }
    this.single.delete(entry.id)
    const list: Variant<T>[] = [
      {
        entry: existing.entry,
        canonical: canonicalJson(existing.entry),
        preferred: this.prefer(existing.entry),
        count: existing.count,
      },
    ]
    this.contested.set(entry.id, list)
    this.addVariant(list, entry)
  }

  /** Returns true if an entry with this id is still present after the removal. */
  remove(entry: T): void {
    const variants = this.contested.get(entry.id)
    if (variants === undefined) {
      const existing = this.single.get(entry.id)
      if (existing === undefined) return
      existing.count -= 1
      if (existing.count <= 0) this.single.delete(entry.id)
      return
    }
    const canonical = canonicalJson(entry)
    const at = variants.findIndex((variant) => variant.canonical === canonical)
    if (at < 0) return
    variants[at]!.count -= 1
    if (variants[at]!.count <= 0) variants.splice(at, 1)
    if (variants.length === 1) {
      this.contested.delete(entry.id)
      this.single.set(entry.id, { entry: variants[0]!.entry, count: variants[0]!.count })
    } else if (variants.length === 0) {
      this.contested.delete(entry.id)
    }
  }

  get(id: string): T | undefined {
    return this.single.get(id)?.entry ?? this.contested.get(id)?.[0]?.entry
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
    for (const { entry } of this.single.values()) yield entry
    for (const variants of this.contested.values()) yield variants[0]!.entry
  }

  get size(): number {
    return this.single.size + this.contested.size
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
