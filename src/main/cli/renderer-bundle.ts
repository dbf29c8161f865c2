import { spawn } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))

/** Where `npm run build` puts the web app; `dossier serve` serves it. */
export const RENDERER_DIR = path.join(ROOT, 'out', 'renderer')

/** What the web app is built from: a change to any of these makes the built copy stale. */
/** Written into a build made by `buildRendererInto`: it is the production flavour. */
const PRODUCTION_MARK = '.production-build'

const RENDERER_SOURCES = [
  'src/renderer',
  'src/shared',
  'electron.vite.config.ts',
  'package-lock.json',
]

const newestChange = (entry: string): number => {
  const stat = statSync(entry, { throwIfNoEntry: false })
  if (stat === undefined) return 0
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const name of readdirSync(entry))
    newest = Math.max(newest, newestChange(path.join(entry, name)))
  return newest
}

/**
 * The built web app exists and is newer than everything it is built from. After a `git pull` or
 * an edit the old build would otherwise be served for good, without the change.
 */
export const rendererIsCurrent = (dir = RENDERER_DIR, root = ROOT): boolean => {
  const built = statSync(path.join(dir, 'index.html'), { throwIfNoEntry: false })
  if (built === undefined) return false
  // A build from before the mark (perhaps React's development build, made under vitest) is redone.
  if (statSync(path.join(dir, PRODUCTION_MARK), { throwIfNoEntry: false }) === undefined)
    return false
  const sources = Math.max(
    ...RENDERER_SOURCES.map((source) => newestChange(path.join(root, source))),
  )
  return sources <= built.mtimeMs
}

/**
 * The built web app, building it first when it is missing (a fresh clone after `npm install`) or
 * older than its sources. It is built beside the old one and moved into place, so a host already
 * serving the old build never sees a half-written folder. The build uses the same renderer config
 * as electron-vite, so the browser gets the app's bundle.
 */
export const ensureRendererBuilt = async (log: (line: string) => void): Promise<string> => {
  if (rendererIsCurrent()) return RENDERER_DIR
  const stale = statSync(RENDERER_DIR, { throwIfNoEntry: false }) !== undefined
  log(
    stale
      ? 'Rebuilding the interface (its files changed)…'
      : 'Building the interface (first run only)…',
  )
  const fresh = `${RENDERER_DIR}.build-${process.pid}`
  await buildRendererInChild(fresh)
  await replaceBuild(fresh)
  return RENDERER_DIR
}

/**
 * Runs `buildRendererInto` in a Node process of its own (through tsx: it builds once, and its
 * speed does not matter). Built in the host's own process, Vite and its plugins stayed in memory
 * for as long as the host served: 370 to 580 MB where a host otherwise idles under 100 MB.
 */
export const buildRendererInChild = (outDir: string, root = ROOT): Promise<void> =>
  new Promise((resolve, reject) => {
    const script = path.join(root, 'src', 'main', 'cli', 'build-renderer-process.ts')
    const child = spawn(process.execPath, ['--import', 'tsx', script, outDir], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      process.stderr.write(chunk)
      stderr = (stderr + chunk.toString()).slice(-2000)
    })
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (code === 0) return resolve()
      const last = stderr.trim().split('\n').slice(-2).join(' ')
      reject(
        new Error(
          `building the interface failed (${signal ?? `exit ${code}`})${last === '' ? '' : `: ${last}`}; run \`npm run build\` to see why`,
        ),
      )
    })
  })

/**
 * Builds the web app into `outDir` with the renderer config electron-vite uses, for production
 * whatever NODE_ENV says. Vite and its React plugin take the build's flavour from NODE_ENV, and
 * vitest sets it to "test": React's development build would then be bundled (several times
 * slower: docs/benchmarks.md, Renderer) and served to users until a source file changes.
 */
export const buildRendererInto = async (outDir: string): Promise<void> => {
  const [{ build }, { rendererViteConfig }] = await Promise.all([
    import('vite'),
    import('../../../electron.vite.config'),
  ])
  const before = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({
      ...rendererViteConfig(outDir),
      mode: 'production',
      configFile: false,
      logLevel: 'warn',
    })
  } finally {
    if (before === undefined) delete process.env.NODE_ENV
    else process.env.NODE_ENV = before
  }
  await fs.writeFile(path.join(outDir, PRODUCTION_MARK), 'production\n')
}

/**
 * Moves a finished build into place. Several processes may build at once (test files on a fresh
 * clone): whoever finds a current build there already drops its own copy.
 */
export const replaceBuild = async (fresh: string): Promise<void> => {
  try {
    if (!rendererIsCurrent()) await fs.rm(RENDERER_DIR, { recursive: true, force: true })
    await fs.rename(fresh, RENDERER_DIR)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error
  } finally {
    await fs.rm(fresh, { recursive: true, force: true })
  }
}
