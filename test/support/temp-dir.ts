import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterEach } from 'vitest'

const made: string[] = []

/** A fresh temporary folder, removed after the test. */
export const tempDir = async (prefix = 'vdesk-'): Promise<string> => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix))
  made.push(dir)
  return dir
}

afterEach(async () => {
  while (made.length > 0) await fs.rm(made.pop()!, { recursive: true, force: true })
})
