// @ts-check
/**
 * The `dossier` command runs a bundle of itself (bin/dossier.mjs): through tsx, every start
 * compiled the TypeScript sources again, which cost half a second and 40 MB of memory to each
 * run, `dossier serve` included, and a second to every story import, whose worker loaded its
 * modules through tsx too (docs/benchmarks.md, Serving and Import). The bundle is built here
 * with esbuild on first run and whenever a source is newer, as the web app is
 * (src/main/cli/renderer-bundle.ts). Plain JavaScript: it runs before anything is compiled.
 *
 * Layout: OUT/current.json names the build in use, OUT/b-<hash>/ holds it (dossier.js,
 * ingest-worker.js beside it where ingest-workers.ts looks for it, electron.vite.config.js,
 * and the chunks they share or load with import()).
 * A build is written to a temporary folder and renamed into place, and the pointer is replaced
 * by a rename, so runs starting at the same moment never see half a build; a running
 * `dossier serve` keeps its own build folder (its import worker loads from there) while a newer
 * one takes over, and folders an hour out of use are removed.
 */
import { createHash, randomBytes } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** The repository. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url))

/** What the bundle is built from: a change to any of these makes it stale. */
export const BUNDLE_SOURCES = [
  'src/main',
  'src/shared',
  'electron.vite.config.ts',
  'package-lock.json',
  'scripts/cli-bundle.mjs',
]

/** The bundle's entries: the command, and the import worker it starts (ingest-workers.ts). */
export const BUNDLE_ENTRIES = {
  dossier: 'src/main/cli/main.ts',
  'ingest-worker': 'src/main/host/import/ingest-worker.ts',
}

/**
 * Files that find the repository from their own place (`new URL('../../..', import.meta.url)`):
 * in the bundle their `import.meta.url` still names the source file. Every other file's names
 * the bundle, which is what ingest-workers.ts needs to find ingest-worker.js beside it.
 * test/cli/cli-bundle.test.ts fails when a new use appears that is in neither list.
 */
export const SOURCE_ANCHORED = ['src/main/cli/renderer-bundle.ts', 'electron.vite.config.ts']

/**
 * The renderer's Vite config is loaded only to build the web app. Bundled inline, its imports
 * (electron-vite, the React plugin) would be hoisted to the bundle's top and loaded by every
 * run; as a file of its own beside the bundle it is loaded when it is imported.
 */
const VITE_CONFIG = 'electron.vite.config.ts'
const VITE_CONFIG_OUT = 'electron.vite.config'

const POINTER = 'current.json'
const STALE_BUILD_MS = 60 * 60_000

/** @param {string} entry */
const newestChange = (entry) => {
  const stat = fs.statSync(entry, { throwIfNoEntry: false })
  if (stat === undefined) return 0
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const name of fs.readdirSync(entry))
    newest = Math.max(newest, newestChange(path.join(entry, name)))
  return newest
}

/** @param {string} root */
const sourcesChangedAt = (root) =>
  Math.max(...BUNDLE_SOURCES.map((source) => newestChange(path.join(root, source))))

/**
 * @param {string} outDir
 * @returns {{ build: string, sourcesAt: number } | null}
 */
const readPointer = (outDir) => {
  try {
    const pointer = JSON.parse(fs.readFileSync(path.join(outDir, POINTER), 'utf8'))
    const valid =
      typeof pointer?.build === 'string' &&
      /^b-[0-9a-f]+$/.test(pointer.build) &&
      typeof pointer?.sourcesAt === 'number'
    return valid ? pointer : null
  } catch {
    return null
  }
}

/** @param {string} outDir */
const pointedBuild = (outDir) => readPointer(outDir)?.build ?? null

/**
 * Marks a build folder's time, from which the clean-up counts its hour out of use.
 * @param {string} folder
 */
const touch = (folder) => {
  try {
    const now = new Date()
    fs.utimesSync(folder, now, now)
  } catch {
    // Removed meanwhile: nothing to keep.
  }
}

/**
 * The build `outDir` points to, if it is there and newer than every source; otherwise null.
 * @param {string} outDir
 * @param {string} root
 * @returns {string | null} the bundled command's file
 */
export const currentBundle = (outDir, root = ROOT) => {
  const pointer = readPointer(outDir)
  if (pointer === null) return null
  const file = path.join(outDir, pointer.build, 'dossier.js')
  if (!fs.existsSync(file)) return null
  return sourcesChangedAt(root) <= pointer.sourcesAt ? file : null
}

/**
 * Keeps `import.meta.url` naming the source file in SOURCE_ANCHORED files, and loads the Vite
 * config from its own file beside the bundle.
 * @param {string} root
 * @param {string} buildDir where the build will end up (the same depth as the temporary one)
 * @returns {import('esbuild').Plugin}
 */
const sourceTreePlugin = (root, buildDir) => {
  const anchored = new Set(SOURCE_ANCHORED.map((file) => path.join(root, file)))
  const configFile = path.join(root, VITE_CONFIG)
  return {
    name: 'dossier:source-tree',
    setup(build) {
      build.onResolve({ filter: /electron\.vite\.config(\.ts)?$/ }, (args) => {
        if (args.kind === 'entry-point') return undefined
        if (
          path.resolve(args.resolveDir, args.path).replace(/\.ts$/, '') !== configFile.slice(0, -3)
        )
          return undefined
        return { path: `./${VITE_CONFIG_OUT}.js`, external: true }
      })
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        if (!anchored.has(args.path)) return undefined
        const source = fs.readFileSync(args.path, 'utf8')
        const relative = path.relative(buildDir, args.path).split(path.sep).join('/')
        const url = `new URL(${JSON.stringify(relative)}, import.meta.url).href`
        return { contents: source.replaceAll('import.meta.url', url), loader: 'ts' }
      })
    },
  }
}

/**
 * Builds the bundle into `outDir` and points `current.json` at it.
 * @param {{ root: string, outDir: string }} where
 * @returns {Promise<string>} the bundled command's file
 */
const buildBundle = async ({ root, outDir }) => {
  const sourcesAt = Date.now()
  const esbuild = await import('esbuild')
  fs.mkdirSync(outDir, { recursive: true })
  const temporary = path.join(outDir, `tmp-${process.pid}-${randomBytes(4).toString('hex')}`)
  /** @type {Record<string, string>} */
  const entryPoints = {}
  for (const [name, file] of Object.entries(BUNDLE_ENTRIES))
    entryPoints[name] = path.join(root, file)
  const config = path.join(root, VITE_CONFIG)
  if (fs.existsSync(config)) entryPoints[VITE_CONFIG_OUT] = config
  try {
    const result = await esbuild.build({
      entryPoints,
      outdir: temporary,
      absWorkingDir: root,
      bundle: true,
      // What a command loads only when it runs (`serve`'s server, a host's WebSocket client)
      // goes into chunks of its own: every other command starts without parsing it or
      // loading its packages.
      splitting: true,
      platform: 'node',
      format: 'esm',
      target: `node${process.versions.node.split('.')[0]}`,
      packages: 'external',
      write: false,
      logLevel: 'silent',
      plugins: [sourceTreePlugin(root, temporary)],
    })
    const hash = createHash('sha256')
    const files = [...result.outputFiles].sort((a, b) => a.path.localeCompare(b.path))
    for (const file of files) hash.update(path.relative(temporary, file.path)).update(file.contents)
    const build = `b-${hash.digest('hex').slice(0, 16)}`
    const final = path.join(outDir, build)
    if (fs.existsSync(path.join(final, 'dossier.js'))) touch(final)
    else {
      for (const file of files) {
        fs.mkdirSync(path.dirname(file.path), { recursive: true })
        fs.writeFileSync(file.path, file.contents)
      }
      try {
        fs.renameSync(temporary, final)
      } catch (error) {
        // Another run built the same bundle at the same moment: its copy is as good as ours.
        const code = /** @type {NodeJS.ErrnoException} */ (error).code
        if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error
      }
    }
    const previous = pointedBuild(outDir)
    const pointer = path.join(outDir, `${POINTER}.${process.pid}-${randomBytes(4).toString('hex')}`)
    fs.writeFileSync(pointer, `${JSON.stringify({ build, sourcesAt })}\n`)
    fs.renameSync(pointer, path.join(outDir, POINTER))
    // Out of use from now on: the clean-up counts its hour from here.
    if (previous !== null && previous !== build) touch(path.join(outDir, previous))
    removeOldBuilds(outDir, build)
    return path.join(final, 'dossier.js')
  } finally {
    fs.rmSync(temporary, { recursive: true, force: true })
    await esbuild.stop()
  }
}

/**
 * Removes builds out of use for an hour, and abandoned temporary folders: a `dossier serve`
 * started from an older build keeps starting import workers from its folder meanwhile.
 * @param {string} outDir
 * @param {string} current
 */
const removeOldBuilds = (outDir, current) => {
  const now = Date.now()
  for (const name of fs.readdirSync(outDir)) {
    if (name === current || !/^(b|tmp)-/.test(name)) continue
    const folder = path.join(outDir, name)
    try {
      if (now - fs.statSync(folder).mtimeMs > STALE_BUILD_MS)
        fs.rmSync(folder, { recursive: true, force: true })
    } catch {
      // Another run removed it first.
    }
  }
}

/**
 * The bundled command's file, building it first when it is missing or older than its sources.
 * @param {{ root?: string, outDir?: string, log: (line: string) => void }} options
 * @returns {Promise<string>}
 */
export const ensureCliBundle = async ({ root = ROOT, outDir, log }) => {
  const out = outDir ?? path.join(root, 'out', 'cli')
  const current = currentBundle(out, root)
  if (current !== null) return current
  log(
    fs.existsSync(path.join(out, POINTER))
      ? 'Rebuilding the dossier command (its files changed)…'
      : 'Building the dossier command (first run only)…',
  )
  return buildBundle({ root, outDir: out })
}

/**
 * @typedef {(argv: readonly string[], io: {
 *   stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream, cwd: string,
 *   env: NodeJS.ProcessEnv }) => Promise<number>} RunCli
 */

/** @returns {Promise<RunCli>} the command run from its TypeScript sources, through tsx */
const fromSource = async () => {
  const { register } = await import('tsx/esm/api')
  register()
  const main = await import(pathToFileURL(path.join(ROOT, BUNDLE_ENTRIES.dossier)).href)
  return main.runCli
}

/**
 * The command's `runCli`: from the bundle, or from source when DOSSIER_FROM_SOURCE=1 or when
 * the bundle cannot be built (then with one line on stderr saying so). DOSSIER_BUNDLE_DIR
 * moves the bundle's folder (tests); it must stay inside the repository, where Node finds the
 * npm packages the bundle leaves external.
 * @param {NodeJS.ProcessEnv} env
 * @param {(line: string) => void} log
 * @returns {Promise<RunCli>}
 */
export const loadCli = async (env, log) => {
  if (env.DOSSIER_FROM_SOURCE === '1') return fromSource()
  let file
  try {
    file = await ensureCliBundle({ outDir: env.DOSSIER_BUNDLE_DIR || undefined, log })
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    log(
      `dossier: could not build the command (${reason}); running it from source, which starts slower`,
    )
    return fromSource()
  }
  const main = await import(pathToFileURL(file).href)
  return main.runCli
}
