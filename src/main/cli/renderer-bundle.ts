import { existsSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))

/** Where `npm run build` puts the web app; `dossier serve` serves it. */
export const RENDERER_DIR = path.join(ROOT, 'out', 'renderer')

/**
 * The built web app, building it first when it is missing (a fresh clone after `npm install`).
 * The build uses the same renderer config as electron-vite, so the browser gets the app's bundle.
 */
export const ensureRendererBuilt = async (log: (line: string) => void): Promise<string> => {
  if (existsSync(path.join(RENDERER_DIR, 'index.html'))) return RENDERER_DIR
  log('Building the interface (first run only)…')
  const [{ build }, { rendererViteConfig }] = await Promise.all([
    import('vite'),
    import('../../../electron.vite.config'),
  ])
  await build({ ...rendererViteConfig(RENDERER_DIR), configFile: false, logLevel: 'warn' })
  return RENDERER_DIR
}
