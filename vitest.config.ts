import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/bench/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Builds the dossier command's bundle once, before test files start it (scripts/cli-bundle.mjs).
    globalSetup: ['test/support/cli-bundle-setup.ts'],
    // The JSON report lets .ci/run print its closing "N passed, N failed" line.
    reporters: ['default', 'json'],
    outputFile: { json: 'node_modules/.cache/vitest-results.json' },
  },
})
