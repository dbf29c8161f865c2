import { buildRendererInto } from '../../src/main/cli/renderer-bundle'

/**
 * Builds only the renderer, exactly as `dossier serve` does (for production), into `outDir`:
 * tests serve the real bundle without touching the project's out/ folder.
 */
export const buildRenderer = (outDir: string): Promise<void> => buildRendererInto(outDir)
