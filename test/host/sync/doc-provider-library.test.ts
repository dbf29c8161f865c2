import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import * as Y from 'yjs'
import { Library } from '../../../src/main/host/library/library'
import { libraryDocProvider } from '../../../src/main/host/serve/library-doc-provider'
import { scanLog } from '../../../src/main/host/store/log-format'
import { decodeSnapshot } from '../../../src/main/host/store/snapshot-file'
import { Dossier } from '../../../src/shared/dossier'
import { onCleanup } from '../../support/cleanup'
import { SOURCE } from '../../support/dossier-fixtures'
import { docProviderContract } from './doc-provider-contract'

/**
 * The library on a small tmpfs mounted for each test, so that a full disk is real. Mounting
 * needs root (or CAP_SYS_ADMIN); where it is not permitted the library lives in a temp folder
 * and only the full-disk test is skipped, saying so.
 */
const mountTmpfs = async (): Promise<string> => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vdesk-provider-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', dir], { stdio: 'pipe' })
  } catch (error) {
    await fs.rmdir(dir)
    throw error
  }
  onCleanup(async () => {
    execFileSync('umount', ['-l', dir], { stdio: 'pipe' })
    await fs.rmdir(dir)
  })
  return dir
}

const canMount = await mountTmpfs().then(
  () => true,
  () => false,
)

const libraryDir = async (): Promise<string> => {
  if (canMount) return mountTmpfs()
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vdesk-provider-'))
  onCleanup(() => fs.rm(dir, { recursive: true, force: true }))
  return dir
}

/** What a crash would keep of a dossier: its snapshot and log as they are on disk, read only. */
const readDurable = (folder: string): Y.Doc => {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, decodeSnapshot(readFileSync(path.join(folder, 'snapshot'))))
  for (const record of scanLog(readFileSync(path.join(folder, 'log'))).records)
    Y.applyUpdate(doc, record.payload)
  return doc
}

docProviderContract(
  'the library on disk (src/main/host/serve/library-doc-provider.ts)',
  async () => {
    const dir = await libraryDir()
    const library = await Library.open(dir)
    const errors: unknown[] = []
    onCleanup(async () => {
      await library.close()
      if (errors.length > 0) throw new Error(`closing leases failed: ${String(errors[0])}`)
    })
    const filler = path.join(dir, 'filler')
    return {
      provider: libraryDocProvider(library, (error) => errors.push(error)),
      add: () =>
        library.add((doc) => Dossier.create(doc, { title: 'Dam failure', sourceText: SOURCE })),
      durable: (id) => readDurable(library.folderOf(id)),
      damage: async (id) => {
        for (const name of ['snapshot', 'log'])
          await fs.writeFile(path.join(library.folderOf(id), name), 'not a dossier file')
      },
      failWrites: async (failing) => {
        if (!failing) return fs.rm(filler)
        // Fills the file system: the write stops, short, when no space is left.
        await fs.writeFile(filler, Buffer.alloc(8 * 1024 * 1024)).catch(() => undefined)
      },
    }
  },
  canMount ? {} : { cannotFailWrites: 'mounting a tmpfs to fill is not permitted here' },
)
