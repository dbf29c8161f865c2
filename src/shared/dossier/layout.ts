import type * as Y from 'yjs'
import { REMOVABLE_KINDS } from './schema'
import type { RemovableKind } from './schema'

/**
 * Where each part of a dossier lives in its Y.Doc. This module and its neighbours in
 * src/shared/dossier are the only code that names raw Y types; everything else uses `Dossier`
 * (or, to only read, `DossierView`).
 *
 * Entries are immutable JSON values in flat Y.Arrays: compact to store and cheap to load. Only the
 * few fields an editor may change later (title, claim text, assignee...) live in Y.Maps, as
 * last-writer-wins values, and a claim's status is never one of them.
 */
export interface DossierLayout {
  readonly meta: Y.Map<unknown>
  readonly source: Y.Text
  readonly claims: Y.Array<unknown>
  readonly claimEdits: Y.Map<unknown>
  readonly decisions: Y.Array<unknown>
  readonly evidence: Y.Array<unknown>
  readonly comments: Y.Array<unknown>
  readonly links: Y.Array<unknown>
  readonly authors: Y.Array<unknown>
  readonly members: Y.Array<unknown>
}

export const layoutOf = (doc: Y.Doc): DossierLayout => ({
  meta: doc.getMap('meta'),
  source: doc.getText('source'),
  claims: doc.getArray('claims'),
  claimEdits: doc.getMap('claimEdits'),
  decisions: doc.getArray('decisions'),
  evidence: doc.getArray('evidence'),
  comments: doc.getArray('comments'),
  links: doc.getArray('links'),
  authors: doc.getArray('authors'),
  members: doc.getArray('members'),
})

export type EntryCollection =
  'claims' | 'decisions' | 'evidence' | 'comments' | 'links' | 'authors' | 'members'

const EDIT_SEPARATOR = '/'
export const claimEditKey = (claimId: string, field: string): string =>
  `${claimId}${EDIT_SEPARATOR}${field}`
export const parseClaimEditKey = (key: string): { claimId: string; field: string } | null => {
  const at = key.indexOf(EDIT_SEPARATOR)
  if (at <= 0) return null
  return { claimId: key.slice(0, at), field: key.slice(at + 1) }
}

/**
 * A link, an evidence item or a comment is removed by a last-writer-wins flag in `claimEdits`
 * under `"<entryId>/removed-<kind>"` (`l_k3v9q0x2mz5a/removed-link`): one key per entry, so two
 * editors removing different entries never overwrite each other. Its field is one no claim has,
 * so a replica from before removals quarantines the key and keeps showing the entry.
 */
const REMOVAL_FIELD = 'removed-'
export const entryRemovalKey = (kind: RemovableKind, entryId: string): string =>
  claimEditKey(entryId, `${REMOVAL_FIELD}${kind}`)
export const parseEntryRemovalKey = (
  key: string,
): { kind: RemovableKind; entryId: string } | null => {
  const parsed = parseClaimEditKey(key)
  if (parsed === null || !parsed.field.startsWith(REMOVAL_FIELD)) return null
  const kind = parsed.field.slice(REMOVAL_FIELD.length)
  return (REMOVABLE_KINDS as readonly string[]).includes(kind)
    ? { kind: kind as RemovableKind, entryId: parsed.claimId }
    : null
}

/**
 * Appends entries at the end of an array. `Y.Array.push` walks the item list from its start on
 * every call (entries of different arrays never merge, so that list is as long as the array);
 * inserting at `length` finds the end through Yjs's search markers instead.
 */
export const append = (array: Y.Array<unknown>, entries: readonly unknown[]): void => {
  array.insert(array.length, [...entries])
}
