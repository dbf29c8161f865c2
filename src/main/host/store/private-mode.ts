import * as fs from 'node:fs/promises'
import * as path from 'node:path'

/**
 * A library holds a desk's unpublished material, and a machine may be shared: every folder and
 * file in it is readable by its owner only. New ones are created so; `makePrivate` tightens what
 * an older version (or a copy from elsewhere) left readable by others.
 */
export const PRIVATE_DIR = 0o700
export const PRIVATE_FILE = 0o600

const isLoose = (mode: number): boolean => (mode & 0o077) !== 0

const tighten = async (target: string): Promise<void> => {
  const stat = await fs.lstat(target)
  const mode = stat.mode & 0o777
  // Symbolic links are not ours to change (and chmod would follow them).
  if (stat.isSymbolicLink() || !isLoose(mode)) return
  if (stat.isDirectory()) {
    for (const name of await fs.readdir(target)) await makePrivate(path.join(target, name))
    await fs.chmod(target, mode & PRIVATE_DIR)
  } else {
    await fs.chmod(target, mode & PRIVATE_FILE)
  }
}

/**
 * Takes group and other permissions off `target` and, for a folder, everything in it. A folder
 * is tightened after its entries, so a folder that is private already holds only private entries
 * (a walk cut short leaves its folder loose, to be walked again): opening a library that is
 * private costs one stat per top-level entry, not one per file.
 */
export const makePrivate = async (target: string): Promise<void> => {
  try {
    await tighten(target)
  } catch (error) {
    // Gone meanwhile: a temp file that `dossier identity` (which takes no lock) renamed.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
}
