import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { DOSSIER_ID_SOURCE } from '../../../shared/dossier/ids'
import { syncDir } from '../store/atomic-file'
import { PRIVATE_DIR } from '../store/private-mode'
import { NotFoundError, TakenError } from './library-errors'
import { readSummary } from './summary-cache'

/**
 * Deleted dossiers are moved, whole (versions included), into the library's `trash/` folder as
 * `<id>@<time deleted in ms>`; restoring moves the folder back. Both are one rename.
 */
export const TRASH_DIR = 'trash'

export interface TrashEntry {
  /** The entry's name in the trash; a dossier deleted twice has two entries. */
  readonly trashId: string
  readonly id: string
  readonly title: string
  readonly deletedAt: string
}

const ENTRY = new RegExp(`^(${DOSSIER_ID_SOURCE})@(\\d{1,15})$`)

const entryOf = async (trashDir: string, name: string): Promise<TrashEntry | null> => {
  const match = ENTRY.exec(name)
  if (match === null) return null
  const summary = await readSummary(path.join(trashDir, name), { evenIfStale: true })
  return {
    trashId: name,
    id: match[1]!,
    title: summary?.title ?? '(title unknown)',
    deletedAt: new Date(Number(match[2])).toISOString(),
  }
}

export const moveToTrash = async (
  dossiersDir: string,
  trashDir: string,
  id: string,
): Promise<TrashEntry> => {
  await fs.mkdir(trashDir, { recursive: true, mode: PRIVATE_DIR })
  let name = `${id}@${Date.now()}`
  while (
    await fs.access(path.join(trashDir, name)).then(
      () => true,
      () => false,
    )
  )
    name = `${id}@${Number(name.split('@')[1]) + 1}`
  await fs.rename(path.join(dossiersDir, id), path.join(trashDir, name))
  await syncDir(trashDir)
  await syncDir(dossiersDir)
  return (await entryOf(trashDir, name))!
}

/** Newest first. */
export const listTrash = async (trashDir: string): Promise<TrashEntry[]> => {
  let names: string[]
  try {
    names = await fs.readdir(trashDir)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  const entries = await Promise.all(names.map((name) => entryOf(trashDir, name)))
  return entries
    .filter((entry): entry is TrashEntry => entry !== null)
    .sort((a, b) => (a.deletedAt < b.deletedAt ? 1 : -1))
}

/** A trash entry by its trash id, or the newest entry of a dossier id. */
export const findTrashEntry = async (trashDir: string, ref: string): Promise<TrashEntry> => {
  const entries = await listTrash(trashDir)
  const found = entries.find((entry) => entry.trashId === ref || entry.id === ref)
  if (found === undefined) throw new NotFoundError(`nothing called "${ref}" is in the trash`)
  return found
}

export const restoreFromTrash = async (
  dossiersDir: string,
  trashDir: string,
  entry: TrashEntry,
): Promise<void> => {
  const target = path.join(dossiersDir, entry.id)
  const taken = await fs.access(target).then(
    () => true,
    () => false,
  )
  if (taken) {
    throw new TakenError(
      `dossier ${entry.id} is in the library already; delete or duplicate it before restoring this copy`,
    )
  }
  await fs.rename(path.join(trashDir, entry.trashId), target)
  await syncDir(dossiersDir)
  await syncDir(trashDir)
}

export const removeFromTrash = async (trashDir: string, entry: TrashEntry): Promise<void> => {
  await fs.rm(path.join(trashDir, entry.trashId), { recursive: true, force: true })
}
