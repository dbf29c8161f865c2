import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { decodeSnapshot } from '../../../src/main/host/store/snapshot-file'
import { SCHEMA_VERSION } from '../../../src/shared/dossier'
import type { Library } from '../../../src/main/host/library/library'
import { alice, newDossier } from '../../support/dossier-fixtures'
import { openLibrary } from './library-fixtures'

/** The state the library stored for `id`, read from its snapshot file without opening it. */
const storedState = async (library: Library, id: string): Promise<Uint8Array> =>
  decodeSnapshot(await fs.readFile(path.join(library.folderOf(id), 'snapshot')))

describe('adding a dossier from its whole state (the sample, an older schema)', () => {
  it('stores the bytes it was given, not an encoding of them made again', async () => {
    const library = await openLibrary()
    const dossier = newDossier()
    dossier.addClaim(
      { text: '23 missing', attribution: { who: 'Authority' }, kind: 'figure' },
      alice,
    )
    const state = Y.encodeStateAsUpdate(dossier.doc)
    const id = await library.addState(state)
    expect(id).toBe(dossier.id)
    expect(Buffer.from(await storedState(library, id)).equals(Buffer.from(state))).toBe(true)
    expect(await library.with(id, (handle) => handle.dossier.claims().length)).toBe(1)
  })

  it('stores what opening it changed (an older schema migrated), not the bytes as given', async () => {
    const library = await openLibrary()
    const doc = new Y.Doc()
    const meta = doc.getMap('meta')
    meta.set('schema', 1)
    meta.set('id', 'm_olderstate01')
    meta.set('title', 'Older')
    meta.set('language', 'ar')
    meta.set('created', '2025-01-01T00:00:00.000Z')
    const id = await library.addState(Y.encodeStateAsUpdate(doc))
    const stored = new Y.Doc()
    Y.applyUpdate(stored, await storedState(library, id))
    expect(stored.getMap('meta').toJSON()).toMatchObject({
      schema: SCHEMA_VERSION,
      direction: 'rtl',
    })
  })
})
