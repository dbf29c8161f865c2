import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { PRIVATE_FILE } from './private-mode'

/**
 * Replaces a file so that a crash leaves either the old or the new content, never a mix:
 * write a temp file beside it, fsync it, rename over the target, fsync the folder. The temp file
 * is named `.<name>.<pid>.<ms>.tmp`; `isStaleTempFile` recognises one a crash left behind.
 */
export const writeFileAtomic = async (
  target: string,
  data: Uint8Array | string,
  mode = PRIVATE_FILE,
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

const TEMP = /^\.(.+)\.(\d+)\.(\d+)\.tmp$/

/** Whether no process `pid` runs on this machine (so nothing of its is still being written). */
export const isProcessGone = (pid: number): boolean => {
  if (pid === process.pid) return false
  try {
    process.kill(pid, 0)
    return false
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH'
  }
}

/** Whether `name` is a temp file of `writeFileAtomic` whose writer is gone: a crash left it. */
export const isStaleTempFile = (name: string): boolean => {
  const match = TEMP.exec(name)
  return match !== null && isProcessGone(Number(match[2]))
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
