import { EntryTable } from './entry-table'
import { deriveMembership } from './membership'
import type { Membership } from './membership'
import type { MemberEntry } from './schema'

/**
 * The verified member entries of one dossier, and the membership derived from them, re-derived
 * only when an entry came or went and someone asks. The log holds a few entries per member, so a
 * whole derivation is cheap; arriving entries were verified once by the index.
 */
export class MembersLog {
  private readonly table = new EntryTable<MemberEntry>()
  private derived: Membership | null = null

  add(entry: MemberEntry): void {
    this.table.add(entry)
    this.derived = null
  }

  remove(entry: MemberEntry): void {
    this.table.remove(entry)
    this.derived = null
  }

  membership(): Membership {
    if (this.derived === null) this.derived = deriveMembership(this.table.values())
    return this.derived
  }

  /** Every verified entry, counting or not, in id order: what a lossless export writes. */
  entries(): MemberEntry[] {
    return [...this.table.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  }
}
