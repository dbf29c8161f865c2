import { ensureCliBundle } from '../../scripts/cli-bundle.mjs'

/**
 * Vitest's global setup: builds the `dossier` command's bundle, when it is missing or stale,
 * before any test file starts. Test files that run bin/dossier.mjs read its stderr, and would
 * otherwise see the one line a build prints in whichever of them ran it first.
 */
export default async function setup(): Promise<void> {
  try {
    await ensureCliBundle({ log: () => undefined })
  } catch {
    // The command runs from source then, and says so; the tests of that path cover it.
  }
}
