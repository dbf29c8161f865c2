import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { isProcessGone, isStaleTempFile } from '../store/atomic-file'
import { PRIVATE_DIR, makePrivate } from '../store/private-mode'
import { identityTempWriter } from './identity-store'
import { TRASH_DIR } from './trash'

const isStaleLeftover = (name: string): boolean => {
  const identityWriter = identityTempWriter(name)
  if (identityWriter !== null) return isProcessGone(identityWriter)
  return isStaleTempFile(name)
}

const removeStale = async (...folders: string[]): Promise<void> => {
  for (const folder of folders) {
    let names: string[]
    try {
      names = await fs.readdir(folder)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT' || code === 'ENOTDIR') continue
      throw error
    }
    for (const name of names)
      if (isStaleLeftover(name)) await fs.rm(path.join(folder, name), { force: true })
  }
}

/**
 * What a newly opened library does before anything else, holding its lock: removes what an
 * interrupted run left (half-built dossier folders, temp files of writers that are gone), and
 * makes the folder private, tightening a library an older version left readable by others.
 * Only the library's own entries are walked: a library folder chosen inside, say, a home folder
 * never changes the modes of what else is there.
 */
export const tidyLibrary = async (root: string, dossiersDir: string): Promise<void> => {
  for (const name of await fs.readdir(dossiersDir)) {
    // `.<id>.new-<pid>-<ms>`: a dossier built beside its place and never renamed into it.
    if (name.startsWith('.') && name.includes('.new-'))
      await fs.rm(path.join(dossiersDir, name), { recursive: true, force: true })
    else await removeStale(path.join(dossiersDir, name), path.join(dossiersDir, name, 'versions'))
  }
  await removeStale(root)
  const entries = await fs.readdir(root)
  const rootStat = await fs.stat(root)
  if ((rootStat.mode & 0o077) !== 0) await fs.chmod(root, rootStat.mode & PRIVATE_DIR)
  for (const name of ['identity.json', 'library.lock', path.basename(dossiersDir), TRASH_DIR]) {
    if (entries.includes(name)) await makePrivate(path.join(root, name))
  }
}
