import type * as Y from 'yjs'
import { ByClaim } from './by-claim'
import { ClaimEdits } from './claim-edits'
import { acceptEntryFast } from './entry-check'
import type { FastCollection } from './entry-check'
import { checkWithSchema, idOf, isFastChecked } from './entry-intake'
import type { Entry } from './entry-intake'
import { EntryTable } from './entry-table'
import { layoutOf } from './layout'
import type { DossierLayout, EntryCollection } from './layout'
import { MembersLog } from './membership-log'
import type {
  AuthorDeclaration,
  ClaimLink,
  ClaimRecord,
  Comment,
  Decision,
  Evidence,
  MemberEntry,
  RemovableKind,
} from './schema'
import { SharedStrings } from './shared-strings'
import { DecisionVerifier } from './verified-status'
import type { QuarantineItem } from './views'

/**
 * The entries of one dossier's arrays and edits map, in tables by id and by claim, and what
 * arriving entries changed since the last transaction ended (`pending`). Every entry is validated
 * here; what fails is quarantined, never shown and never thrown. `DossierIndex` builds on this:
 * one object, so that loading calls each step on `this`, with no hop per entry.
 */
export class IndexedEntries {
  readonly layout: DossierLayout
  readonly claims = new EntryTable<ClaimRecord>()
  readonly verifier = new DecisionVerifier()
  /** Under a reused id, a validly signed decision always wins over one that is not. */
  readonly decisions = new ByClaim<Decision>((d) => d.claimId, null, this.verifier.isSigned)
  readonly evidence = new ByClaim<Evidence>((e) => e.claimId)
  readonly comments = new ByClaim<Comment>((c) => c.claimId)
  readonly links = new ByClaim<ClaimLink>(
    (l) => l.from,
    (l) => l.to,
  )
  protected readonly authorTable = new EntryTable<AuthorDeclaration & { id: string }>()
  readonly members = new MembersLog()
  protected readonly edits: ClaimEdits
  protected readonly invalid = new Map<object, QuarantineItem>()
  protected pending = newPending()
  private readonly strings = new SharedStrings()

  constructor(readonly doc: Y.Doc) {
    this.layout = layoutOf(doc)
    this.edits = new ClaimEdits(this.layout.claimEdits, (kind, id) => this.removableEntry(kind, id))
  }

  /** The entry a removal flag is about, if this copy has it. */
  removableEntry(kind: RemovableKind, entryId: string): Evidence | Comment | ClaimLink | undefined {
    switch (kind) {
      case 'link':
        return this.links.table.get(entryId)
      case 'evidence':
        return this.evidence.table.get(entryId)
      case 'comment':
        return this.comments.table.get(entryId)
    }
  }

  protected load(): void {
    for (const value of this.layout.claims.toArray()) this.accept('claims', value)
    this.loadByClaim('decisions', this.decisions)
    this.loadByClaim('evidence', this.evidence)
    this.loadByClaim('comments', this.comments)
    this.loadByClaim('links', this.links)
    for (const value of this.layout.authors.toArray()) this.accept('authors', value)
    for (const value of this.layout.members.toArray()) this.accept('members', value)
    for (const key of this.layout.claimEdits.keys()) this.readEdit(key)
    this.pending = newPending()
  }

  /** `accept` for a whole collection as a dossier opens: its check and table chosen once. */
  private loadByClaim<T extends Decision | Evidence | Comment | ClaimLink>(
    collection: FastCollection,
    byClaim: ByClaim<T>,
  ): void {
    const touched = this.pending.claims
    for (const value of this.layout[collection].toArray()) {
      const entry = acceptEntryFast(collection, value)
        ? this.keepChecked(collection, value as T)
        : this.validateSlowly(collection, value)
      if (entry !== null) byClaim.add(entry as T, touched)
    }
  }

  protected accept(collection: EntryCollection, value: unknown): void {
    const entry = this.validate(collection, value)
    if (entry === null) return
    this.apply(collection, entry, 'add')
  }

  protected retract(collection: EntryCollection, value: unknown): void {
    if (typeof value === 'object' && value !== null && this.invalid.delete(value)) return
    const entry = this.validate(collection, value)
    if (entry !== null) this.apply(collection, entry, 'remove')
  }

  private apply(collection: EntryCollection, entry: Entry, op: 'add' | 'remove'): void {
    const touched = this.pending.claims
    switch (collection) {
      case 'claims': {
        const claim = entry as ClaimRecord
        if (op === 'add') this.claims.add(claim)
        else this.claims.remove(claim)
        touched.add(claim.id)
        return
      }
      case 'decisions':
        this.decisions[op](entry as Decision, touched)
        return
      case 'evidence':
        this.evidence[op](entry as Evidence, touched)
        return
      case 'comments':
        this.comments[op](entry as Comment, touched)
        return
      case 'links':
        this.links[op](entry as ClaimLink, touched)
        return
      case 'authors': {
        const declaration = entry as AuthorDeclaration
        const keyed = {
          ...declaration,
          id: `${declaration.key}/${declaration.at}/${declaration.sig}`,
        }
        if (op === 'add') this.authorTable.add(keyed)
        else this.authorTable.remove(keyed)
        this.pending.meta = true
        return
      }
      case 'members':
        this.members[op](entry as MemberEntry)
        this.pending.members = true
        return
    }
  }

  private validate(collection: EntryCollection, value: unknown): Entry | null {
    // The common case, an entry the schema keeps as it is, without zod's copy (entry-check.ts).
    if (isFastChecked(collection) && acceptEntryFast(collection, value))
      return this.keepChecked(collection, value as Entry)
    return this.validateSlowly(collection, value)
  }

  /** An entry `acceptEntryFast` took: its parts are frozen, it takes shared strings, then it is. */
  private keepChecked(collection: FastCollection, entry: Entry): Entry {
    this.strings.share(collection, entry)
    return Object.freeze(entry)
  }

  private validateSlowly(collection: EntryCollection, value: unknown): Entry | null {
    const intake = checkWithSchema(collection, value)
    if ('entry' in intake) return intake.entry
    const item = { collection, id: idOf(value), reason: intake.refused }
    if (typeof value === 'object' && value !== null) this.invalid.set(value, item)
    else this.invalid.set({ value }, item)
    this.pending.quarantine = true
    return null
  }

  protected readEdit(key: string): void {
    const read = this.edits.read(key)
    for (const claimId of read.claims) this.pending.claims.add(claimId)
    if (read.quarantine) this.pending.quarantine = true
  }
}

/** What changed since the last transaction ended: what `DossierIndex` tells its listeners. */
export interface Pending {
  claims: Set<string>
  meta: boolean
  source: boolean
  order: boolean
  quarantine: boolean
  members: boolean
}

export const newPending = (): Pending => ({
  claims: new Set(),
  meta: false,
  source: false,
  order: false,
  quarantine: false,
  members: false,
})
