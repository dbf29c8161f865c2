import { afterEach } from 'vitest'
import { Dossier } from '../../../src/shared/dossier'
import { Library } from '../../../src/main/host/library/library'
import type { LibraryOptions } from '../../../src/main/host/library/library'
import { SOURCE, alice, tickingClock } from '../../support/dossier-fixtures'
import { tempDir } from '../../support/temp-dir'

const opened: Library[] = []

/** A library (in a fresh folder unless given one), closed after the test. */
export const openLibrary = async (dir?: string, options: LibraryOptions = {}): Promise<Library> => {
  const library = await Library.open(dir ?? (await tempDir()), options)
  opened.push(library)
  return library
}

/** Closes a library before the test ends (to reopen its folder, say). */
export const closeLibrary = async (library: Library): Promise<void> => {
  opened.splice(opened.indexOf(library), 1)
  await library.close()
}

afterEach(async () => {
  while (opened.length > 0)
    await opened
      .pop()!
      .close()
      .catch(() => undefined)
})

/** Adds a dossier with `claims` claims, each made by alice. */
export const addDossier = (library: Library, title = 'Dam failure', claims = 1): Promise<string> =>
  library.add((doc) => {
    const dossier = Dossier.create(
      doc,
      { title, story: 'Upper valley', sourceText: SOURCE },
      { now: tickingClock() },
    )
    for (let i = 0; i < claims; i++)
      dossier.addClaim(
        { text: `claim ${i + 1}`, attribution: { who: 'the authority' }, kind: 'statement' },
        alice,
      )
    return dossier
  })
