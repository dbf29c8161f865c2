#!/usr/bin/env node
// The `dossier` command. It runs a bundle of itself, built with esbuild on its first run and
// whenever its sources change (scripts/cli-bundle.mjs), so it works right after `npm install`
// with no build step. DOSSIER_FROM_SOURCE=1 runs the TypeScript sources through tsx instead.
import { loadCli } from '../scripts/cli-bundle.mjs'

const runCli = await loadCli(process.env, (line) => process.stderr.write(`${line}\n`))
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
})
