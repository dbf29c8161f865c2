import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { LibraryLock, LOCK_FILE } from '../../../src/main/host/library/library-lock'
import { tempDir } from '../../support/temp-dir'
import { addDossier, closeLibrary, openLibrary } from './library-fixtures'

const folders = new Set<string>()

/**
 * `mode & 0o777` of every folder and file under `root`, by path relative to it ('.' for root);
 * remembers which are folders.
 */
const modesUnder = async (root: string): Promise<Record<string, number>> => {
  const result: Record<string, number> = {}
  const visit = async (relative: string): Promise<void> => {
    const full = path.join(root, relative)
    const stat = await fs.stat(full)
    result[relative] = stat.mode & 0o777
    if (stat.isDirectory()) folders.add(relative)
    if (stat.isDirectory())
      for (const name of await fs.readdir(full)) await visit(path.join(relative, name))
  }
  await visit('.')
  return result
}

const loose = (modes: Record<string, number>) =>
  Object.entries(modes).filter(([, mode]) => (mode & 0o077) !== 0)

// A journalist's unpublished material on a machine others may use: owner only, everywhere.
describe('a private library', () => {
  it('holds its lock readable by its owner only', async () => {
    const dir = await tempDir()
    const lock = await LibraryLock.acquire(dir)
    expect((await fs.stat(path.join(dir, LOCK_FILE))).mode & 0o777).toBe(0o600)
    await lock.release()
  })

  it('creates every folder 0700 and every file 0600', async () => {
    const dir = path.join(await tempDir(), 'library')
    const library = await openLibrary(dir)
    const id = await addDossier(library)
    await library.identity('Ana')
    await library.freezeVersion(id, 'published')
    await library.rename(id, 'Renamed')
    const other = await addDossier(library, 'Deleted')
    await library.delete(other)
    await library.list()
    const modes = await modesUnder(dir)
    expect(Object.keys(modes)).toEqual(
      expect.arrayContaining([
        '.',
        'identity.json',
        'library.lock',
        `dossiers/${id}/snapshot`,
        `dossiers/${id}/log`,
        `dossiers/${id}/meta.json`,
        `dossiers/${id}/versions/v1.dossier`,
        'trash',
      ]),
    )
    expect(loose(modes)).toEqual([])
    for (const [name, mode] of Object.entries(modes))
      expect([name, mode]).toEqual([name, folders.has(name) ? 0o700 : 0o600])
    await closeLibrary(library)
  })

  it('tightens a library an older version left readable by others, and clears stale temp files', async () => {
    const dir = await tempDir()
    const library = await openLibrary(dir)
    const id = await addDossier(library)
    await library.identity('Ana')
    await library.freezeVersion(id, 'published')
    await closeLibrary(library)
    const before = await modesUnder(dir)
    for (const name of Object.keys(before))
      await fs.chmod(path.join(dir, name), folders.has(name) ? 0o755 : 0o644)
    // What a crash of writers that are gone left (the pid is above any Linux hands out).
    const gone = 4_194_305
    const leftovers = [
      `.identity.json.${gone}.1.tmp`,
      `identity.json.${gone}.a1b2.new`,
      `dossiers/${id}/.meta.json.${gone}.2.tmp`,
      `dossiers/${id}/versions/.v2.dossier.${gone}.3.tmp`,
    ]
    for (const name of leftovers) await fs.writeFile(path.join(dir, name), 'half')
    // Something else in the chosen folder is not the library's to change.
    await fs.writeFile(path.join(dir, 'notes.txt'), 'mine')
    await fs.chmod(path.join(dir, 'notes.txt'), 0o644)

    const again = await openLibrary(dir)
    const after = await modesUnder(dir)
    expect(after['notes.txt']).toBe(0o644)
    delete after['notes.txt']
    expect(loose(after)).toEqual([])
    for (const [name, mode] of Object.entries(after))
      expect([name, mode]).toEqual([name, folders.has(name) ? 0o700 : 0o600])
    expect(Object.keys(after).filter((name) => leftovers.includes(name))).toEqual([])
    expect(Object.keys(after).sort()).toEqual(
      Object.keys(before)
        .filter((name) => name !== 'library.lock')
        .concat('library.lock')
        .sort(),
    )
    await closeLibrary(again)
  })
})
