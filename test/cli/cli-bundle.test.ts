import { readdirSync, readFileSync } from 'node:fs'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { ROOT, SOURCE_ANCHORED, currentBundle, ensureCliBundle } from '../../scripts/cli-bundle.mjs'
import { cliProcess } from '../support/run-cli'
import { tempDir } from '../support/temp-dir'
import { STORY_MARKDOWN } from './fixtures'

const BUILDING = 'Building the dossier command (first run only)…'

const bundleDirs: string[] = []

/**
 * A bundle folder of the test's own, inside the repository: the bundle leaves npm packages
 * external, and Node finds them from the bundle's place (node_modules above it).
 */
const bundleDir = async (): Promise<string> => {
  await fs.mkdir(path.join(ROOT, 'out'), { recursive: true })
  const dir = await fs.mkdtemp(path.join(ROOT, 'out', 'cli-test-'))
  bundleDirs.push(dir)
  return path.join(dir, 'cli')
}

afterEach(async () => {
  while (bundleDirs.length > 0) await fs.rm(bundleDirs.pop()!, { recursive: true, force: true })
})

/** A project of two tiny entries, built by the real esbuild. */
const tinyProject = async (answer: string): Promise<string> => {
  const root = await tempDir('vd-cli-bundle-')
  await fs.mkdir(path.join(root, 'src/main/cli'), { recursive: true })
  await fs.mkdir(path.join(root, 'src/main/host/import'), { recursive: true })
  await fs.writeFile(path.join(root, 'src/main/cli/main.ts'), mainSource(answer))
  await fs.writeFile(path.join(root, 'src/main/host/import/ingest-worker.ts'), 'export {}\n')
  await fs.writeFile(path.join(root, 'package-lock.json'), '{}\n')
  return root
}

const mainSource = (answer: string): string =>
  `export const runCli = async (): Promise<string> => ${JSON.stringify(answer)}\n`

const answerOf = async (file: string): Promise<string> => {
  const main = (await import(`${pathToFileURL(file).href}?${Date.now()}`)) as {
    runCli: () => Promise<string>
  }
  return main.runCli()
}

const builtFrom = (outDir: string): number =>
  (JSON.parse(readFileSync(path.join(outDir, 'current.json'), 'utf8')) as { sourcesAt: number })
    .sourcesAt

describe('the bundle of the dossier command', () => {
  it('is built when missing, kept while current, rebuilt when a source is newer', async () => {
    const root = await tinyProject('first')
    const outDir = path.join(root, 'out', 'cli')
    const lines: string[] = []
    const log = (line: string) => lines.push(line)

    const built = await ensureCliBundle({ root, outDir, log })
    expect(lines).toEqual([BUILDING])
    expect(await answerOf(built)).toBe('first')
    expect(readdirSync(path.dirname(built)).sort()).toEqual(['dossier.js', 'ingest-worker.js'])
    expect(currentBundle(outDir, root)).toBe(built)

    expect(await ensureCliBundle({ root, outDir, log })).toBe(built)
    expect(lines).toHaveLength(1)

    // An edit after the build started: the clock has moved past the time it recorded.
    while (Date.now() <= builtFrom(outDir) + 10) await new Promise((r) => setTimeout(r, 10))
    await fs.writeFile(path.join(root, 'src/main/cli/main.ts'), mainSource('second'))
    expect(currentBundle(outDir, root)).toBeNull()
    const rebuilt = await ensureCliBundle({ root, outDir, log })
    expect(lines).toEqual([BUILDING, 'Rebuilding the dossier command (its files changed)…'])
    expect(rebuilt).not.toBe(built)
    expect(await answerOf(rebuilt)).toBe('second')
    // The older build stays for a host still running from it (its import worker loads there).
    expect(await answerOf(built)).toBe('first')
    expect(readdirSync(outDir).filter((name) => name.startsWith('tmp-'))).toEqual([])
  })

  it('removes a build an hour after it went out of use, and keeps the one just replaced', async () => {
    const root = await tinyProject('first')
    const outDir = path.join(root, 'out', 'cli')
    const log = () => undefined
    const edit = async (answer: string): Promise<string> => {
      while (Date.now() <= builtFrom(outDir) + 10) await new Promise((r) => setTimeout(r, 10))
      await fs.writeFile(path.join(root, 'src/main/cli/main.ts'), mainSource(answer))
      return ensureCliBundle({ root, outDir, log })
    }
    const first = path.dirname(await ensureCliBundle({ root, outDir, log }))
    const second = path.dirname(await edit('second'))
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000)
    await fs.utimes(first, twoHoursAgo, twoHoursAgo)
    const third = path.dirname(await edit('third'))
    expect(readdirSync(outDir).sort()).toEqual(
      [path.basename(second), path.basename(third), 'current.json'].sort(),
    )
  })

  it('refuses a source that does not compile, and leaves no build behind', async () => {
    const root = await tinyProject('first')
    await fs.writeFile(path.join(root, 'src/main/cli/main.ts'), 'export const = ;\n')
    const outDir = path.join(root, 'out', 'cli')
    await expect(ensureCliBundle({ root, outDir, log: () => undefined })).rejects.toThrow(
      /main\.ts/,
    )
    expect(readdirSync(outDir)).toEqual([])
  })

  it('keeps import.meta.url naming the source in files that find the repository from it', async () => {
    const users: string[] = []
    const scan = (folder: string): void => {
      for (const entry of readdirSync(path.join(ROOT, folder), { withFileTypes: true })) {
        const file = path.posix.join(folder, entry.name)
        if (entry.isDirectory()) scan(file)
        else if (readFileSync(path.join(ROOT, file), 'utf8').includes('import.meta.url'))
          users.push(file)
      }
    }
    // What the command bundles (src/main/app is the desktop app's, built by electron-vite).
    for (const folder of ['src/main/cli', 'src/main/host', 'src/shared']) scan(folder)
    // ingest-workers.ts wants the bundle's own place: its worker is built beside it.
    const bundleAnchored = ['src/main/host/import/ingest-workers.ts']
    expect(users.filter((file) => ![...SOURCE_ANCHORED, ...bundleAnchored].includes(file))).toEqual(
      [],
    )
  })
})

/** The packages `file` loads when it is evaluated: its static imports and its chunks', not `import()`. */
const packagesLoadedBy = (file: string, seen = new Set<string>()): Set<string> => {
  const packages = new Set<string>()
  if (seen.has(file)) return packages
  seen.add(file)
  const source = readFileSync(file, 'utf8')
  for (const [, target] of source.matchAll(/^(?:import|\} from|export \*)[^"\n]*"([^"]+)";?$/gm)) {
    if (target!.startsWith('./'))
      for (const name of packagesLoadedBy(path.join(path.dirname(file), target!), seen))
        packages.add(name)
    else if (!target!.startsWith('node:')) packages.add(target!)
  }
  return packages
}

describe('the command as built from this repository', () => {
  it("starts without the server's packages: serve and a host's client are loaded when needed", async () => {
    const built = await ensureCliBundle({
      root: ROOT,
      outDir: path.join(ROOT, 'out', 'cli'),
      log: () => undefined,
    })
    const loaded = packagesLoadedBy(built)
    expect(loaded).toContain('yjs')
    for (const heavy of [
      'ws',
      'sodium-universal',
      'bonjour-service',
      '@hocuspocus/provider',
      'y-websocket',
    ])
      expect(loaded, heavy).not.toContain(heavy)
    // …and they are in the bundle, behind an import() that `dossier serve` runs.
    const folder = readdirSync(path.dirname(built)).map((name) =>
      readFileSync(path.join(path.dirname(built), name), 'utf8'),
    )
    expect(folder.some((source) => source.includes('from "sodium-universal"'))).toBe(true)
  })
})

describe('bin/dossier.mjs', () => {
  it('builds its bundle once when runs start together, then starts from it silently', async () => {
    const outDir = await bundleDir()
    const env = { DOSSIER_BUNDLE_DIR: outDir }
    const runs = await Promise.all([cliProcess(['--help'], env), cliProcess(['--help'], env)])
    for (const run of runs) {
      expect(run.code).toBe(0)
      expect(run.stdout).toContain('Usage: dossier COMMAND')
      expect(run.stderr).toBe(`${BUILDING}\n`)
    }
    expect(readdirSync(outDir).filter((name) => !name.startsWith('b-'))).toEqual(['current.json'])
    expect(await cliProcess(['--help'], env)).toMatchObject({ code: 0, stderr: '' })
  })

  it('imports a story from the bundle: its worker is found beside it', async () => {
    const dir = await tempDir()
    const story = path.join(dir, 'ferry.md')
    await fs.writeFile(story, STORY_MARKDOWN)
    const env = { DOSSIER_DATA: path.join(dir, 'library'), DOSSIER_BUNDLE_DIR: await bundleDir() }
    await cliProcess(['identity', '--name', 'Test Editor'], env)
    const imported = await cliProcess(['import', story], env)
    expect(imported).toMatchObject({ code: 0, stderr: '' })
    const shown = await cliProcess(['show', imported.stdout.trim()], env)
    expect(shown).toMatchObject({ code: 0, stderr: '' })
    expect(shown.stdout).toContain('Ferry capsizes off Kessel Point')
  })

  it('runs from source, saying so in one line, when the bundle cannot be built', async () => {
    const dir = await tempDir()
    const notAFolder = path.join(dir, 'file')
    await fs.writeFile(notAFolder, '')
    const run = await cliProcess(['--help'], { DOSSIER_BUNDLE_DIR: path.join(notAFolder, 'cli') })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Usage: dossier COMMAND')
    const lines = run.stderr.trim().split('\n')
    expect(lines).toEqual([
      BUILDING,
      expect.stringMatching(
        /^dossier: could not build the command \(.*ENOTDIR.*\); running it from source/,
      ),
    ])
  })

  it('runs from source when DOSSIER_FROM_SOURCE=1, building nothing', async () => {
    const outDir = path.join(await tempDir(), 'cli')
    const run = await cliProcess(['--help'], {
      DOSSIER_FROM_SOURCE: '1',
      DOSSIER_BUNDLE_DIR: outDir,
    })
    expect(run).toMatchObject({ code: 0, stderr: '' })
    await expect(fs.access(outDir)).rejects.toThrow(/ENOENT/)
  })
})
