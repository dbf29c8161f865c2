import * as fs from 'node:fs/promises'
import * as path from 'node:path'

/**
 * Replaces a file so that a crash leaves either the old or the new content, never a mix:
 * write a temp file beside it, fsync it, rename over the target, fsync the folder.
 */
export const writeFileAtomic = async (
  target: string,
  data: Uint8Array | string,
  mode = 0o644,
): Promise<void> => {
  const dir = path.dirname(target)
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`)
  const handle = await fs.open(temp, 'wx', mode)
  try {
    await handle.writeFile(data)
    await handle.sync()
  } catch (error) {
    await handle.close()
    await fs.rm(temp, { force: true })
    throw error
  }
  await handle.close()
  try {
    await fs.rename(temp, target)
  } catch (error) {
    await fs.rm(temp, { force: true })
    throw error
  }
  await syncDir(dir)
}

export const syncDir = async (dir: string): Promise<void> => {
  // Some platforms (Windows) cannot open a folder for fsync; there the rename is as durable as it gets.
  let handle: fs.FileHandle | undefined
  try {
    handle = await fs.open(dir, 'r')
    await handle.sync()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EISDIR' && process.platform !== 'win32')
      throw error
  } finally {
    await handle?.close()
  }
}
