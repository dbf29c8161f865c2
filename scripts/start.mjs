#!/usr/bin/env node
// `npm start`: the desktop app when Electron's binary is here (or can be fetched), otherwise the
// same UI in the browser, served on loopback. `npm start -- --browser` skips Electron.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer as createNetServer } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FETCH_FAILED_MESSAGE, startPlan } from './start-plan.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const electronDir = join(root, 'node_modules', 'electron')
const electronVite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
const PREFERRED_PORT = 5180
// Left by a fetch that did not bring the binary, so the next start does not call itself the first.
const fetchTriedMarker = join(
  root,
  'node_modules',
  '.cache',
  'verification-desk',
  'electron-fetch-tried',
)

/** Where `require('electron')` would point, if the binary is really there; never downloads. */
const electronBinary = () => {
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const relative = readFileSync(pathFile, 'utf8').trim()
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(electronDir, 'dist')
  const binary = join(dist, relative)
  return existsSync(binary) ? binary : null
}

/** The project's .npmrc sets ignore-scripts, so the binary is fetched here, on the first start. */
const fetchElectron = () => {
  const installer = join(electronDir, 'install.js')
  if (!existsSync(installer)) return false
  mkdirSync(dirname(fetchTriedMarker), { recursive: true })
  writeFileSync(fetchTriedMarker, `${new Date().toISOString()}\n`)
  const result = spawnSync(process.execPath, [installer], {
    cwd: electronDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 5 * 60_000,
  })
  return result.status === 0 && electronBinary() !== null
}

/** Runs electron-vite's CLI and resolves with its exit code. */
const electronViteCli = (args) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [electronVite, ...args], { cwd: root, stdio: 'inherit' })
    const forward = (signal) => child.kill(signal)
    process.on('SIGINT', forward)
    process.on('SIGTERM', forward)
    child.on('exit', (code) => {
      process.off('SIGINT', forward)
      process.off('SIGTERM', forward)
      // Killed by a signal (Ctrl+C during the build): stop here, like a shell would.
      resolve(code ?? 130)
    })
  })

const startDesktop = async () => {
  const built = await electronViteCli(['build'])
  if (built !== 0) return built
  return electronViteCli(['preview', '--skipBuild'])
}

/** True when nothing listens on 127.0.0.1:port yet. */
const portFree = (port) =>
  new Promise((resolve) => {
    const probe = createNetServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
  })

/**
 * The browser fallback is `dossier serve` on the desktop app's own library, with the sample
 * dossier added on first use: the same host, the same data, the same UI as the app.
 */
const startInBrowser = async () => {
  // No electron-vite build here: `dossier serve` builds the web app itself when it is missing or
  // out of date (for production, marked so), and serves it; building it here too built it twice.
  // The same `dossier` command the CLI runs: its bundle, built on first run (cli-bundle.mjs).
  const { loadCli } = await import('./cli-bundle.mjs')
  const runCli = await loadCli(process.env, (line) => console.log(line))
  const port = (await portFree(PREFERRED_PORT)) ? PREFERRED_PORT : 0
  return runCli(['serve', '--sample', '--port', String(port)], {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
  })
}

/** A Linux session without X11 or Wayland (SSH, containers) cannot show Electron's window. */
const hasDisplay = () =>
  process.platform !== 'linux' ||
  Boolean(process.env.DISPLAY) ||
  Boolean(process.env.WAYLAND_DISPLAY)

const main = async () => {
  const plan = startPlan({
    browserAsked: process.argv.includes('--browser') || process.env.DESK_BROWSER === '1',
    hasBinary: electronBinary() !== null,
    hasDisplay: hasDisplay(),
    triedFetchBefore: existsSync(fetchTriedMarker),
  })
  if (plan.message !== null) console.log(plan.message)
  if (plan.action === 'browser') return startInBrowser()
  if (plan.action === 'fetch-then-desktop' && !fetchElectron()) {
    console.log(FETCH_FAILED_MESSAGE)
    return startInBrowser()
  }
  return startDesktop()
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    console.error(`Verification Desk could not start: ${error?.message ?? error}`)
    process.exitCode = 1
  },
)
