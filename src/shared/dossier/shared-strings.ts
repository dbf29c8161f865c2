import type { FastCollection } from './entry-check'
import { CLAIM_KINDS, LINK_TYPES, STANCES, STATUSES } from './schema'

/**
 * One copy of each string that a dossier's entries repeat. Yjs decodes every entry's strings
 * afresh, so a dossier with 60,000 entries by three editors holds 60,000 copies of their
 * 64-character keys (~80 bytes each, 4.8 MB) and as many copies of "confirmed" or "supports".
 * The index points those fields at one shared string as it validates the entry: the value is the
 * same, so nothing that reads or encodes the entry can tell, and the copies are freed.
 * Claim ids repeat too (in each decision and piece of evidence), but sharing them needs a lookup
 * by id per entry, which cost more load time (~12 ms for 50,000) than their 1.6 MB was worth.
 * docs/benchmarks.md, "Heap".
 */

/** Editors of one dossier are few; past this many distinct keys new ones are left as they are. */
const KEY_LIMIT = 4_096

/** The schema's own literals: a decoded "confirmed" becomes the one the module holds. */
const LITERALS = new Map<string, string>(
  [...STATUSES, ...STANCES, ...CLAIM_KINDS, ...LINK_TYPES].map((value) => [value, value]),
)

type Fields = Record<string, unknown>

export class SharedStrings {
  private readonly keys = new Map<string, string>()
  private lastKey = ''

  /**
   * Shares `entry`'s repeated strings. Only for an entry the fast check accepted (every field of
   * its collection's shape is there and valid), before it is frozen; a frozen one is left alone,
   * and a field that cannot be written keeps its own copy (`Reflect.set` fails, never throws).
   */
  share(collection: FastCollection, entry: object): void {
    if (Object.isFrozen(entry)) return
    const fields = entry as Fields
    switch (collection) {
      case 'claims':
        this.key(fields, 'createdBy')
        this.literal(fields, 'kind')
        return
      case 'decisions':
        this.key(fields, 'author')
        this.literal(fields, 'status')
        return
      case 'evidence':
        this.key(fields, 'addedBy')
        this.literal(fields, 'stance')
        return
      case 'comments':
        this.key(fields, 'author')
        return
      case 'links':
        this.key(fields, 'author')
        this.literal(fields, 'type')
        return
    }
  }

  private key(fields: Fields, name: string): void {
    const value = fields[name] as string
    // Entries come in runs by one editor: a comparison with the last key spares a hash of it.
    const shared = value === this.lastKey ? this.lastKey : this.keys.get(value)
    if (shared !== undefined) {
      Reflect.set(fields, name, shared)
      this.lastKey = shared
    } else if (this.keys.size < KEY_LIMIT) this.keys.set(value, (this.lastKey = value))
  }

  private literal(fields: Fields, name: string): void {
    const shared = LITERALS.get(fields[name] as string)
    if (shared !== undefined) Reflect.set(fields, name, shared)
  }
}
