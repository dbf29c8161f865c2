import { existsSync } from 'node:fs'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { RENDERER_DIR } from '../../../../src/main/cli/renderer-bundle'
import { buildRenderer } from '../../../support/build-renderer'

/**
 * Makes sure `out/renderer` (what `dossier serve` serves) exists before serve is started, so a
 * test does not pay for the build inside its own timeout. On a fresh clone several test files
 * get here at once: each builds into a folder of its own and moves it into place; the first
 * rename wins, the others find the folder taken and drop their copy.
 */
export const ensureBuiltApp = async (): Promise<void> => {
  if (existsSync(path.join(RENDERER_DIR, 'index.html'))) return
  const mine = `${RENDERER_DIR}.build-${process.pid}`
  await buildRenderer(mine)
  try {
    await fs.rename(mine, RENDERER_DIR)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error
  } finally {
    await fs.rm(mine, { recursive: true, force: true })
  }
}
