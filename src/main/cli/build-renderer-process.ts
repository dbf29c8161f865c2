import { buildRendererInto } from './renderer-bundle'

/**
 * Builds the web app into the folder given as the only argument, then exits: `dossier serve`
 * runs this in a process of its own (renderer-bundle.ts, `buildRendererInChild`), so Vite's few
 * hundred MB are given back when the build ends rather than kept by the host for as long as it
 * serves.
 */
const outDir = process.argv[2]
if (outDir === undefined || outDir === '') {
  process.stderr.write('usage: build-renderer-process.ts OUT_DIR\n')
  process.exitCode = 2
} else {
  await buildRendererInto(outDir)
}
