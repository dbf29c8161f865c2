import { append, claimEditKey, entryRemovalKey } from './layout'
import type { DossierLayout } from './layout'
import type { ImportedEntries } from './writer-inputs'

/**
 * Writes a dossier's exported entries into `layout` as they are, signatures kept; the caller
 * runs it in one transaction. The index checks each as it would a replica's.
 */
export const writeImportedEntries = (layout: DossierLayout, entries: ImportedEntries): void => {
  if (entries.claims.length > 0) append(layout.claims, entries.claims)
  for (const edit of entries.claimEdits) {
    layout.claimEdits.set(claimEditKey(edit.claimId, edit.field), {
      value: edit.value,
      by: edit.by,
      at: edit.at,
    })
  }
  if (entries.decisions.length > 0) append(layout.decisions, entries.decisions)
  if (entries.evidence.length > 0) append(layout.evidence, entries.evidence)
  if (entries.comments.length > 0) append(layout.comments, entries.comments)
  if (entries.links.length > 0) append(layout.links, entries.links)
  if (entries.authors.length > 0) append(layout.authors, entries.authors)
  if (entries.members !== undefined && entries.members.length > 0)
    append(layout.members, entries.members)
  for (const removal of entries.entryRemovals ?? []) {
    layout.claimEdits.set(entryRemovalKey(removal.kind, removal.entryId), {
      value: removal.removed,
      by: removal.by,
      at: removal.at,
    })
  }
}
