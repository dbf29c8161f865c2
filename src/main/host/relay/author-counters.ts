import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js'

/**
 * Which of each author's numbered changes a sealed room has shown this device (docs/relay.md):
 * numbers run 1, 2, 3… per author, so a gap is a change the relay withheld or lost. A snapshot
 * covers each author's changes up to a number (they were compacted away): those are not gaps.
 */
export class AuthorCounters {
  private readonly seen = new Map<string, Set<number>>()
  private readonly covered = new Map<string, number>()

  /** False when this change was taken already (a replay, or a copy). */
  take(author: string, counter: number): boolean {
    const seen = this.seen.get(author) ?? new Set<number>()
    this.seen.set(author, seen)
    if (seen.has(counter) || counter <= (this.covered.get(author) ?? 0)) return false
    seen.add(counter)
    return true
  }

  cover(author: string, upTo: number): void {
    this.covered.set(author, Math.max(upTo, this.covered.get(author) ?? 0))
  }

  /** The highest number known for `author`, taken or covered. */
  highest(author: string): number {
    return Math.max(this.covered.get(author) ?? 0, ...(this.seen.get(author) ?? []))
  }

  /** Authors with changes missing between what a snapshot covers and the highest seen. */
  gaps(): { readonly author: string; readonly missing: number }[] {
    const gaps: { author: string; missing: number }[] = []
    for (const [author, seen] of this.seen) {
      let missing = 0
      for (
        let counter = (this.covered.get(author) ?? 0) + 1;
        counter < this.highest(author);
        counter++
      )
        if (!seen.has(counter)) missing++
      if (missing > 0) gaps.push({ author, missing })
    }
    return gaps
  }

  /** Every author's highest number: what a snapshot made now covers. */
  covers(): [string, number][] {
    const authors = new Set([...this.seen.keys(), ...this.covered.keys()])
    return [...authors].map((author) => [author, this.highest(author)])
  }
}

/**
 * A snapshot's plaintext: u16 count | count × (author key (32), u32 highest number) | the update.
 * A snapshot is sealed as its author's change number 0.
 */
export const encodeSnapshot = (
  covers: readonly [string, number][],
  update: Uint8Array,
): Uint8Array => {
  const out = new Uint8Array(2 + covers.length * 36 + update.length)
  const view = new DataView(out.buffer)
  view.setUint16(0, covers.length)
  covers.forEach(([author, upTo], index) => {
    out.set(hexToBytes(author), 2 + index * 36)
    view.setUint32(2 + index * 36 + 32, upTo)
  })
  out.set(update, 2 + covers.length * 36)
  return out
}

export const decodeSnapshot = (
  bytes: Uint8Array,
): { readonly covers: [string, number][]; readonly update: Uint8Array } | null => {
  if (bytes.length < 2) return null
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const count = view.getUint16(0)
  if (bytes.length < 2 + count * 36) return null
  const covers: [string, number][] = []
  for (let index = 0; index < count; index++) {
    const at = 2 + index * 36
    covers.push([bytesToHex(bytes.subarray(at, at + 32)), view.getUint32(at + 32)])
  }
  return { covers, update: bytes.subarray(2 + count * 36) }
}
