import { describe, expect, it } from 'vitest'
import { SCHEMA_VERSION } from '../../../src/shared/dossier'
import { tempDir } from '../../support/temp-dir'
import { addDossier, closeLibrary, openLibrary } from './library-fixtures'

/**
 * Stored states a peer could leave behind before every replica refused such updates: each
 * dossier still opens under its folder's id, says what is wrong, and hides no other dossier.
 */
describe('a library with dossiers whose stored metadata was damaged', () => {
  it('lists every dossier under its own id, before and after a restart, and names the damage', async () => {
    const dir = await tempDir()
    const library = await openLibrary(dir)
    const victim = await addDossier(library, 'Victim')
    const ids = {
      invalidId: await addDossier(library, 'Invalid id'),
      stolenId: await addDossier(library, 'Stolen id'),
      future: await addDossier(library, 'Future schema'),
    }
    const damage: Record<keyof typeof ids, [string, unknown]> = {
      invalidId: ['id', '../../etc/passwd'],
      stolenId: ['id', victim],
      future: ['schema', SCHEMA_VERSION + 1],
    }
    for (const [name, id] of Object.entries(ids) as [keyof typeof ids, string][]) {
      await library.with(id, ({ doc }) => doc.getMap('meta').set(...damage[name]))
    }

    for (const open of [library, await reopen(library, dir)]) {
      const { dossiers, problems } = await open.list()
      expect(dossiers.map((summary) => [summary.id, summary.title]).sort()).toEqual(
        [
          [victim, 'Victim'],
          [ids.invalidId, 'Invalid id'],
          [ids.stolenId, 'Stolen id'],
          [ids.future, 'Future schema'],
        ].sort(),
      )
      expect(problems).toEqual([])
      for (const [name, id] of Object.entries(ids) as [keyof typeof ids, string][]) {
        await open.with(id, ({ dossier }) => {
          expect(dossier.id).toBe(id)
          expect(dossier.integrity()).toContainEqual(
            expect.objectContaining({ collection: 'meta', id: damage[name][0] }),
          )
        })
      }
      await open.with(victim, ({ dossier }) => expect(dossier.integrity()).toEqual([]))
    }
  })
})

const reopen = async (
  library: Awaited<ReturnType<typeof openLibrary>>,
  dir: string,
): Promise<Awaited<ReturnType<typeof openLibrary>>> => {
  await closeLibrary(library)
  return openLibrary(dir)
}
