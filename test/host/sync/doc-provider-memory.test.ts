import { Dossier } from '../../../src/shared/dossier'
import { SOURCE, alice } from '../../support/dossier-fixtures'
import { MemoryLibrary } from '../../support/memory-library'
import * as Y from 'yjs'
import { docProviderContract } from './doc-provider-contract'

docProviderContract('the in-memory library (test/support/memory-library.ts)', () => {
  const library = new MemoryLibrary(alice)
  return Promise.resolve({
    provider: library,
    add: () =>
      Promise.resolve(
        library.add(Dossier.create(new Y.Doc(), { title: 'Dam failure', sourceText: SOURCE })),
      ),
    durable: (id) => library.saved(id),
    damage: (id) => Promise.resolve(library.damage(id)),
    failWrites: (failing) => {
      library.failWrites = failing
      return Promise.resolve()
    },
  })
})
