import * as Y from 'yjs'
import { batches } from './fixtures'
import type { DossierEntries } from './fixtures'

/**
 * Baseline 1: the dossier's own flat layout (immutable JSON entries in root Y.Arrays) written
 * directly with Y.Array.push, with no validation, signing or derived views: the floor that plain
 * Yjs sets for storing the same entries. Writes use the same transactions as the API does: one
 * per batch of claims, then one per evidence entry and per decision.
 */

export const buildRawFlat = (entries: DossierEntries): Y.Doc => {
  const doc = new Y.Doc()
  const meta = doc.getMap('meta')
  const claims = doc.getArray('claims')
  const evidence = doc.getArray('evidence')
  const decisions = doc.getArray('decisions')
  const authors = doc.getArray('authors')
  doc.transact(() => {
    for (const [key, value] of Object.entries(entries.meta)) meta.set(key, value)
    doc.getText('source').insert(0, entries.sourceText)
  })
  batches(entries.claims).forEach((batch, index) =>
    doc.transact(() => {
      if (index === 0) authors.push([...entries.authors])
      for (const { claim } of batch) claims.push([claim])
    }),
  )
  for (const claim of entries.claims) {
    for (const item of claim.evidence) evidence.push([item])
    for (const decision of claim.decisions) decisions.push([decision])
  }
  return doc
}

export interface RawFlatLoad {
  readonly doc: Y.Doc
  readonly claims: unknown[]
  readonly evidence: unknown[]
  readonly decisions: unknown[]
  readonly authors: unknown[]
}

/** Decodes the update and reads the arrays out: plain Yjs with nothing derived. */
export const loadRawFlat = (update: Uint8Array): RawFlatLoad => {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, update)
  return {
    doc,
    claims: doc.getArray('claims').toArray(),
    evidence: doc.getArray('evidence').toArray(),
    decisions: doc.getArray('decisions').toArray(),
    authors: doc.getArray('authors').toArray(),
  }
}
