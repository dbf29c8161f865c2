import { build } from 'vite'
import { rendererViteConfig } from '../../electron.vite.config'

/**
 * Builds only the renderer, exactly as `electron-vite build` does, into `outDir`: tests serve
 * the real production bundle without touching the project's out/ folder.
 */
export const buildRenderer = async (outDir: string): Promise<void> => {
  await build({ ...rendererViteConfig(outDir), configFile: false, logLevel: 'warn' })
}
