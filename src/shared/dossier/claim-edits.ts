import type * as Y from 'yjs'
import { describeIssues } from './entry-intake'
import { entryRemovalKey, parseClaimEditKey, parseEntryRemovalKey } from './layout'
import {
  claimEditEnvelopeSchema,
  claimEditSchemas,
  entryRemovalValueSchema,
  idSchema,
} from './schema'
import type {
  ClaimEditField,
  ClaimEditValues,
  ClaimLink,
  Comment,
  Evidence,
  RemovableKind,
} from './schema'
import type { EntryRemoval, QuarantineItem } from './views'

export type Edits = { -readonly [F in ClaimEditField]?: ClaimEditValues[F] }

/** The edits of a claim never edited: one frozen empty object shared by all. */
export const NO_EDITS: Readonly<Edits> = Object.freeze({})

export type RemovableLookup = (
  kind: RemovableKind,
  entryId: string,
) => Evidence | Comment | ClaimLink | undefined

/** What reading one key of the edits map changed. */
export interface EditRead {
  /** Claims whose view the key may change. */
  readonly claims: readonly string[]
  /** The key was quarantined (or left quarantine), so the quarantine list may differ. */
  readonly quarantine: boolean
}

/**
 * The claimEdits map read into per-claim field values (last writer wins per field) and removal
 * flags of links, evidence and comments. A key that fails its schema is quarantined, never shown.
 */
export class ClaimEdits {
  private readonly edits = new Map<string, Edits>()
  /** Removal flags of links, evidence and comments, by `entryRemovalKey`. */
  private readonly removals = new Map<string, EntryRemoval>()
  private readonly invalid = new Map<string, QuarantineItem>()

  constructor(
    private readonly map: Y.Map<unknown>,
    /** The entry a removal flag is about, if this copy has it (it may arrive later). */
    private readonly removable: RemovableLookup,
  ) {}

  /** The claim's edited fields, or undefined when none was ever edited. */
  of(claimId: string): Readonly<Edits> | undefined {
    return this.edits.get(claimId)
  }

  /** The last removal flag written for an entry (removed, or restored), if any. */
  removal(kind: RemovableKind, entryId: string): EntryRemoval | undefined {
    return this.removals.get(entryRemovalKey(kind, entryId))
  }

  /** True once any entry carries a removal flag: until then no key is built per entry. */
  get anyRemovals(): boolean {
    return this.removals.size > 0
  }

  isRemoved(kind: RemovableKind, entryId: string): boolean {
    // Asked for every entry of every claim a list shows: no key is built while nothing is removed.
    if (this.removals.size === 0) return false
    return this.removals.get(entryRemovalKey(kind, entryId))?.removed === true
  }

  /** Every valid removal flag, with the kind and id of the entry it is about. */
  removalFlags(): { kind: RemovableKind; entryId: string; flag: EntryRemoval }[] {
    const out: { kind: RemovableKind; entryId: string; flag: EntryRemoval }[] = []
    for (const [key, flag] of this.removals) {
      const parsed = parseEntryRemovalKey(key)
      if (parsed !== null) out.push({ ...parsed, flag })
    }
    return out
  }

  quarantine(): Iterable<QuarantineItem> {
    return this.invalid.values()
  }

  /** Reads `key` as it is in the map now (written, changed or deleted). */
  read(key: string): EditRead {
    const removal = parseEntryRemovalKey(key)
    if (removal !== null) return this.readRemoval(key, removal.kind, removal.entryId)
    const wasInvalid = this.invalid.delete(key)
    const parsed = parseClaimEditKey(key)
    if (parsed === null || !(parsed.field in claimEditSchemas))
      return this.reject(key, 'unknown claim field', [])
    const field = parsed.field as ClaimEditField
    const edits = this.edits.get(parsed.claimId) ?? {}
    this.edits.set(parsed.claimId, edits)
    const claims = [parsed.claimId]
    const raw = this.map.get(key)
    if (raw === undefined) {
      edits[field] = undefined
      return { claims, quarantine: wasInvalid }
    }
    const envelope = claimEditEnvelopeSchema.safeParse(raw)
    const value = envelope.success ? claimEditSchemas[field].safeParse(envelope.data.value) : null
    if (value === null || !value.success) {
      edits[field] = undefined
      return this.reject(
        key,
        value === null ? 'malformed edit' : describeIssues(value.error),
        claims,
      )
    }
    ;(edits as Record<string, unknown>)[field] = value.data
    return { claims, quarantine: wasInvalid }
  }

  private readRemoval(key: string, kind: RemovableKind, entryId: string): EditRead {
    const wasInvalid = this.invalid.delete(key)
    this.removals.delete(key)
    // The entry may not have arrived yet: its claim is re-derived when it does.
    const entry = this.removable(kind, entryId)
    const claims =
      entry === undefined ? [] : 'from' in entry ? [entry.from, entry.to] : [entry.claimId]
    const raw = this.map.get(key)
    if (raw === undefined) return { claims, quarantine: wasInvalid }
    const envelope = claimEditEnvelopeSchema.safeParse(raw)
    const value = envelope.success ? entryRemovalValueSchema.safeParse(envelope.data.value) : null
    if (
      !envelope.success ||
      value === null ||
      !value.success ||
      !idSchema.safeParse(entryId).success
    )
      return this.reject(key, `malformed removal flag of a ${kind}`, claims)
    this.removals.set(key, { removed: value.data, by: envelope.data.by, at: envelope.data.at })
    return { claims, quarantine: wasInvalid }
  }

  private reject(key: string, reason: string, claims: readonly string[]): EditRead {
    this.invalid.set(key, { collection: 'claimEdits', id: key, reason })
    return { claims, quarantine: true }
  }
}
