import * as fs from 'node:fs/promises'
import * as path from 'node:path'

/**
 * A library holds a desk's unpublished material, and a machine may be shared: every folder and
 * file in it is readable by its owner only. New ones are created so; `makePrivate` tightens what
 * an older version (or a copy from elsewhere) left readable by others.
 */
export const PRIVATE_DIR = 0o700
export const PRIVATE_FILE = 0o600

const tighten = async (target: string): Promise<string[]> => {
  const stat = await fs.lstat(target)
  // Symbolic links are not ours to change (and chmod would follow them).
  if (stat.isSymbolicLink()) return []
  const mode = stat.mode & 0o777
  const loose = (mode & 0o077) !== 0
  if (!stat.isDirectory()) {
    if (loose) await fs.chmod(target, mode & PRIVATE_FILE)
    return []
  }
  if (loose) await fs.chmod(target, mode & PRIVATE_DIR)
  return (await fs.readdir(target)).map((name) => path.join(target, name))
}

/**
 * Takes group and other permissions off `root` and everything under it. Only what is looser than
 * private is touched, so a library that is private already costs one stat per file.
 */
export const makePrivate = async (root: string): Promise<void> => {
  const pending = [root]
  for (let target = pending.pop(); target !== undefined; target = pending.pop()) {
    try {
      pending.push(...(await tighten(target)))
    } catch (error) {
      // Gone meanwhile: a temp file that `dossier identity` (which takes no lock) renamed.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  }
}
