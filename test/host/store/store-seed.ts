import * as Y from 'yjs'

/** The store tests' dossier id and first state; free of vitest, for child processes too. */
export const ID = 'm_storetest01'

export const seedState = (): Uint8Array => {
  const doc = new Y.Doc()
  doc.getMap('t').set('seed', 'x'.repeat(200))
  return Y.encodeStateAsUpdate(doc)
}
