import {
  RENDERER_DIR,
  rendererIsCurrent,
  replaceBuild,
} from '../../../../src/main/cli/renderer-bundle'
import { buildRenderer } from '../../../support/build-renderer'

/**
 * Makes sure `out/renderer` (what `dossier serve` serves) is built from the current sources before
 * serve is started, so a test does not pay for the build inside its own timeout. On a fresh clone
 * several test files get here at once: each builds into a folder of its own and moves it into
 * place; the first wins, the others drop their copy.
 */
export const ensureBuiltApp = async (): Promise<void> => {
  if (rendererIsCurrent()) return
  const mine = `${RENDERER_DIR}.build-${process.pid}`
  await buildRenderer(mine)
  await replaceBuild(mine)
}
