import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { syncDir } from '../store/atomic-file'
import { logHeader } from '../store/log-format'
import { LOG, SNAPSHOT } from '../store/store-files'

const LEGACY = /^(m_[0-9a-z]{8,32})\.ydoc$/

const writeSynced = async (file: string, bytes: Uint8Array): Promise<void> => {
  const handle = await fs.open(file, 'wx')
  try {
    await handle.writeFile(bytes)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Brings dossiers saved by the first CLI (one `<id>.ydoc` snapshot file each, the same framing
 * as today's `snapshot`) into folders. The file is copied into a new folder that is renamed into
 * place, and removed only once the folder holds an identical copy, so a crash loses nothing and
 * a damaged file is carried over as it is (to be reported and set aside when opened).
 */
export const migrateLegacyFiles = async (dossiersDir: string): Promise<string[]> => {
  const migrated: string[] = []
  for (const name of await fs.readdir(dossiersDir)) {
    const id = LEGACY.exec(name)?.[1]
    if (id === undefined) continue
    const file = path.join(dossiersDir, name)
    const folder = path.join(dossiersDir, id)
    const bytes = await fs.readFile(file)
    const folderExists = await fs.access(folder).then(
      () => true,
      () => false,
    )
    if (!folderExists) {
      const temp = path.join(dossiersDir, `.${id}.new-legacy-${process.pid}`)
      await fs.rm(temp, { recursive: true, force: true })
      await fs.mkdir(temp)
      await writeSynced(path.join(temp, SNAPSHOT), bytes)
      await writeSynced(path.join(temp, LOG), logHeader())
      await syncDir(temp)
      await fs.rename(temp, folder)
      await syncDir(dossiersDir)
      migrated.push(id)
    } else {
      // A crash after the rename: drop the file only if the folder holds the very same bytes.
      const copy = await fs.readFile(path.join(folder, SNAPSHOT)).catch(() => null)
      if (copy === null || !copy.equals(bytes)) continue
    }
    await fs.rm(file)
    await syncDir(dossiersDir)
  }
  return migrated
}
