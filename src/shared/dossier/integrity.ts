import type * as Y from 'yjs'
import { schemaVersionOf } from './migrations'
import { SCHEMA_VERSION, idSchema } from './schema'
import { PROTECTED_ARRAYS } from './update-guard'
import type { QuarantineItem } from './views'

/**
 * What is wrong with a dossier's stored state that no replica should have let in: damage from
 * before every replica refused it (see update-guard.ts), or from a copy made elsewhere. The dossier
 * still opens, with these named, rather than refusing to open or hiding others in a listing.
 *
 * `storedAs` is the id the dossier is kept under (its folder, its room): the truth when `meta.id`
 * disagrees, since that field is only what the document says about itself.
 */
export const integrityProblems = (doc: Y.Doc, storedAs: string | null): QuarantineItem[] => {
  const problems: QuarantineItem[] = []
  const meta = doc.share.get('meta')?._map
  const field = (key: string): unknown => {
    const item = meta?.get(key)
    return item === undefined || item.deleted ? undefined : item.content.getContent().at(-1)
  }
  const schema = schemaVersionOf(doc)
  if (schema !== null && schema > SCHEMA_VERSION) {
    problems.push({
      collection: 'meta',
      id: 'schema',
      reason: `the dossier says it uses schema version ${schema}, but no app has made a version past ${SCHEMA_VERSION} that this one knows: a newer app wrote it, or another copy damaged it; it is shown as version ${SCHEMA_VERSION} reads it`,
    })
  }
  const id = field('id')
  const shown = typeof id === 'string' ? JSON.stringify(id.slice(0, 64)) : 'nothing'
  if (!idSchema.safeParse(id).success || !String(id).startsWith('m_')) {
    problems.push({
      collection: 'meta',
      id: 'id',
      reason: `the dossier's id field holds ${shown}, which is not a dossier id${storedAs === null ? '' : `; it is shown as ${storedAs}, the id it is stored under`}`,
    })
  } else if (storedAs !== null && id !== storedAs) {
    problems.push({
      collection: 'meta',
      id: 'id',
      reason: `the dossier's id field says ${shown}, but it is stored as ${storedAs}; it is shown as ${storedAs}`,
    })
  }
  for (const name of PROTECTED_ARRAYS) {
    const erased = erasedIn(doc.share.get(name)?._start ?? null)
    if (erased > 0) {
      problems.push({
        collection: name,
        id: null,
        reason: `${erased} ${name} entr${erased === 1 ? 'y was' : 'ies were'} erased by another copy; append-only entries are never deleted by this app, and what they held is gone from this copy`,
      })
    }
  }
  return problems
}

/** How many entries of one array are deleted: the array's own items, nothing else. */
const erasedIn = (start: Y.Item | null): number => {
  let erased = 0
  for (let item = start; item !== null; item = item.right) if (item.deleted) erased += item.length
  return erased
}
