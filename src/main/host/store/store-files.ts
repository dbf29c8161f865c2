import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { isStaleTempFile, syncDir } from './atomic-file'

/** The files of one dossier's folder. */
export const SNAPSHOT = 'snapshot'
export const LOG = 'log'
export const LOG_NEXT = 'log.next'
export const DAMAGED_MARK = '.damaged-'

export const storePaths = (folder: string) => ({
  folder,
  snapshot: path.join(folder, SNAPSHOT),
  log: path.join(folder, LOG),
  next: path.join(folder, LOG_NEXT),
})

/** A name for a set-aside copy that sorts by time and never replaces an earlier one. */
const asideName = (file: string): string =>
  `${file}${DAMAGED_MARK}${new Date().toISOString().replace(/[:.]/g, '-')}`

const freeName = async (base: string): Promise<string> => {
  for (let n = 0; ; n++) {
    const candidate = n === 0 ? base : `${base}-${n}`
    try {
      await fs.access(candidate)
    } catch {
      return candidate
    }
  }
}

/** Copies a damaged file aside (data fsynced, never over an existing file); returns the copy's name. */
export const copyAside = async (file: string): Promise<string> => {
  const target = await freeName(asideName(file))
  await fs.copyFile(file, target, fs.constants.COPYFILE_EXCL)
  const handle = await fs.open(target, 'r+')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
  await syncDir(path.dirname(file))
  return path.basename(target)
}

/** Moves a damaged file aside so nothing can ever be written over it; returns its new name. */
export const moveAside = async (file: string): Promise<string> => {
  const target = await freeName(asideName(file))
  await fs.rename(file, target)
  await syncDir(path.dirname(file))
  return path.basename(target)
}

/** Files set aside earlier in this folder, oldest first. */
export const damagedFiles = async (folder: string): Promise<string[]> => {
  try {
    return (await fs.readdir(folder)).filter((name) => name.includes(DAMAGED_MARK)).sort()
  } catch {
    return []
  }
}

/**
 * Removes what a crash can leave behind: an unfinished next log, and the temp files of atomic
 * writes (a snapshot, `meta.json`) whose process is gone.
 */
export const removeLeftovers = async (folder: string): Promise<void> => {
  for (const name of await fs.readdir(folder)) {
    if (name === LOG_NEXT || isStaleTempFile(name)) {
      await fs.rm(path.join(folder, name), { force: true })
    }
  }
}

export const readIfExists = async (file: string): Promise<Buffer | null> => {
  try {
    return await fs.readFile(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}
