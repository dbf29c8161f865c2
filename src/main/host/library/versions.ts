import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import type { StatusCounts } from '../../../shared/dossier'
import { writeFileAtomic } from '../store/atomic-file'
import { PRIVATE_DIR } from '../store/private-mode'
import {
  DOSSIER_EXTENSION,
  decodeDossierFile,
  decodeDossierMetadata,
  encodeDossierFile,
  metadataPrefixLength,
} from './dossier-file'
import type { DossierFile, DossierFileMetadata } from './dossier-file'
import { LibraryError, NotFoundError, UnreadableError } from './library-errors'

/**
 * Frozen versions of a dossier ("published 28 Nov"): each one a `.dossier` file of the whole
 * state at that moment, in the dossier's `versions/` folder, numbered v1, v2, ... A version is
 * never changed once written.
 */
export const VERSIONS_DIR = 'versions'

export interface VersionInfo {
  readonly id: string
  readonly name: string
  readonly frozenAt: string
  readonly claims: number
  readonly counts: StatusCounts
}

const FILE = /^v(\d{1,9})\.dossier$/

const versionsDir = (folder: string): string => path.join(folder, VERSIONS_DIR)

const fileNames = async (folder: string): Promise<string[]> => {
  try {
    return (await fs.readdir(versionsDir(folder))).filter((name) => FILE.test(name))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}

const infoOf = (metadata: DossierFileMetadata): VersionInfo => ({
  id: metadata.version!.id,
  name: metadata.version!.name,
  frozenAt: metadata.version!.frozenAt,
  claims: metadata.claims,
  counts: metadata.counts,
})

export const writeVersion = async (
  folder: string,
  metadata: Omit<DossierFileMetadata, 'version'>,
  snapshot: Uint8Array,
  name: string,
): Promise<VersionInfo> => {
  const clean = name.trim()
  if (clean === '' || clean.length > 200)
    throw new LibraryError('a version needs a name of 1 to 200 characters')
  await fs.mkdir(versionsDir(folder), { recursive: true, mode: PRIVATE_DIR })
  const numbers = (await fileNames(folder)).map((file) => Number(FILE.exec(file)![1]))
  const id = `v${Math.max(0, ...numbers) + 1}`
  const version = { id, name: clean, frozenAt: new Date().toISOString() }
  const full = { ...metadata, version }
  await writeFileAtomic(
    path.join(versionsDir(folder), `${id}${DOSSIER_EXTENSION}`),
    encodeDossierFile(full, snapshot),
  )
  return infoOf(full)
}

/** Reads only the header and metadata of a version file. */
const readInfo = async (file: string): Promise<VersionInfo> => {
  const handle = await fs.open(file, 'r')
  try {
    const header = Buffer.alloc(32)
    const { bytesRead } = await handle.read(header, 0, 32, 0)
    const length = metadataPrefixLength(header.subarray(0, bytesRead))
    const prefix = Buffer.alloc(length)
    const { bytesRead: prefixRead } = await handle.read(prefix, 0, length, 0)
    return infoOf(decodeDossierMetadata(prefix.subarray(0, prefixRead)))
  } finally {
    await handle.close()
  }
}

export const listVersions = async (
  folder: string,
): Promise<{ versions: VersionInfo[]; problems: string[] }> => {
  const versions: VersionInfo[] = []
  const problems: string[] = []
  for (const name of await fileNames(folder)) {
    try {
      versions.push(await readInfo(path.join(versionsDir(folder), name)))
    } catch (error) {
      problems.push(`version file ${name} cannot be read: ${(error as Error).message}`)
    }
  }
  versions.sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)))
  return { versions, problems }
}

/** A version by id ("v3"), number ("3") or exact name. */
export const findVersion = async (folder: string, ref: string): Promise<VersionInfo> => {
  const { versions } = await listVersions(folder)
  const byId = versions.find((v) => v.id === ref || v.id === `v${ref}`)
  if (byId) return byId
  const byName = versions.filter((v) => v.name === ref)
  if (byName.length === 1) return byName[0]!
  if (byName.length > 1)
    throw new LibraryError(`${byName.length} versions are named "${ref}"; use a version id`)
  throw new NotFoundError(
    `no version "${ref}"${versions.length > 0 ? ` (versions: ${versions.map((v) => `${v.id} "${v.name}"`).join(', ')})` : ' (none frozen yet)'}`,
  )
}

export const readVersion = async (folder: string, id: string): Promise<DossierFile> => {
  const file = path.join(versionsDir(folder), `${id}${DOSSIER_EXTENSION}`)
  try {
    return decodeDossierFile(await fs.readFile(file))
  } catch (error) {
    throw new UnreadableError(`version ${id} cannot be read: ${(error as Error).message}`)
  }
}
