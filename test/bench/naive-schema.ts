import * as Y from 'yjs'
import { deriveStatus, emptyCounts, statusLabel } from '../../src/shared/dossier'
import type {
  ClaimRecord,
  Decision,
  Evidence,
  StatusCounts,
  StatusLabel,
  StatusState,
} from '../../src/shared/dossier'
import { batches } from './fixtures'
import type { DossierEntries } from './fixtures'

/**
 * Baseline 2: the schema most people write first. One Y.Map per claim in a root Y.Array; each
 * claim map holds its fields plus nested Y.Arrays `evidence` and `decisions`, whose elements are
 * Y.Maps too. Values inside those maps (attribution, figures, id lists) stay plain JSON, so this
 * is a nested schema but not a strawman that turns every object into a Y type.
 */

const CLAIM_FIELDS = [
  'id',
  'text',
  'quote',
  'attribution',
  'kind',
  'figures',
  'tags',
  'createdBy',
  'createdAt',
] as const

const mapOf = (entry: object): Y.Map<unknown> => {
  const map = new Y.Map<unknown>()
  for (const [key, value] of Object.entries(entry)) if (value !== undefined) map.set(key, value)
  return map
}

/** Writes with the same transactions as the API: one per batch of claims, then one per entry. */
export const buildNaiveNested = (entries: DossierEntries): Y.Doc => {
  const doc = new Y.Doc()
  const meta = doc.getMap('meta')
  const claims = doc.getArray<Y.Map<unknown>>('claims')
  doc.transact(() => {
    for (const [key, value] of Object.entries(entries.meta)) meta.set(key, value)
    doc.getText('source').insert(0, entries.sourceText)
    doc.getArray('authors').push([...entries.authors])
  })
  const maps: Y.Map<unknown>[] = []
  for (const batch of batches(entries.claims)) {
    doc.transact(() => {
      for (const { claim } of batch) {
        const map = mapOf(claim)
        map.set('evidence', new Y.Array<Y.Map<unknown>>())
        map.set('decisions', new Y.Array<Y.Map<unknown>>())
        claims.push([map])
        maps.push(map)
      }
    })
  }
  entries.claims.forEach((claim, index) => {
    const map = maps[index]!
    const evidence = map.get('evidence') as Y.Array<Y.Map<unknown>>
    const decisions = map.get('decisions') as Y.Array<Y.Map<unknown>>
    for (const item of claim.evidence) evidence.push([mapOf(item)])
    for (const decision of claim.decisions) decisions.push([mapOf(decision)])
  })
  return doc
}

/** What a list of claims needs: the same information a `ClaimView` carries for this data. */
export interface NaiveClaim {
  readonly record: ClaimRecord
  readonly evidence: readonly Evidence[]
  readonly decisions: readonly Decision[]
  readonly state: StatusState
  readonly label: StatusLabel
}

export interface NaiveLoad {
  readonly doc: Y.Doc
  readonly claims: readonly NaiveClaim[]
  readonly counts: StatusCounts
}

const readClaim = (map: Y.Map<unknown>): ClaimRecord => {
  const record: Record<string, unknown> = {}
  for (const field of CLAIM_FIELDS) record[field] = map.get(field)
  return record as unknown as ClaimRecord
}

const readEntries = <T>(array: unknown): T[] =>
  array instanceof Y.Array
    ? array.map((item: unknown) => (item instanceof Y.Map ? (item.toJSON() as T) : (item as T)))
    : []

/** Decodes the update and walks the nested maps into a claim list with derived statuses. */
export const loadNaiveNested = (update: Uint8Array): NaiveLoad => {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, update)
  const counts = emptyCounts()
  const claims = doc.getArray<Y.Map<unknown>>('claims').map((map): NaiveClaim => {
    const decisions = readEntries<Decision>(map.get('decisions'))
    const state = deriveStatus(decisions)
    const label = statusLabel(state)
    counts[label] += 1
    return {
      record: readClaim(map),
      evidence: readEntries<Evidence>(map.get('evidence')),
      decisions,
      state,
      label,
    }
  })
  return { doc, claims, counts }
}
