import { mkdir, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildRendererInChild, rendererIsCurrent } from '../../src/main/cli/renderer-bundle'
import { tempDir } from '../support/temp-dir'

const at = (seconds: number): Date => new Date(Date.UTC(2026, 10, 27, 12, 0, seconds))

/** A project with one renderer source and, if asked, a build made at `builtAt`. */
const project = async (sourceAt: number, builtAt: number | null) => {
  const root = await tempDir()
  const source = path.join(root, 'src', 'renderer', 'App.tsx')
  await mkdir(path.dirname(source), { recursive: true })
  await writeFile(source, 'export {}')
  await utimes(source, at(sourceAt), at(sourceAt))
  await utimes(path.dirname(source), at(0), at(0))
  await utimes(path.join(root, 'src'), at(0), at(0))
  const out = path.join(root, 'out', 'renderer')
  if (builtAt !== null) {
    await mkdir(out, { recursive: true })
    await writeFile(path.join(out, 'index.html'), '<!doctype html>')
    await writeFile(path.join(out, '.production-build'), 'production\n')
    await utimes(path.join(out, 'index.html'), at(builtAt), at(builtAt))
  }
  return { root, out, source }
}

describe('the built web app that dossier serve serves', () => {
  it('is current only when built after every source changed', async () => {
    const built = await project(10, 20)
    expect(rendererIsCurrent(built.out, built.root)).toBe(true)
    // An edit or a pull after the build: serve must not keep serving the old app.
    await utimes(built.source, at(30), at(30))
    expect(rendererIsCurrent(built.out, built.root)).toBe(false)
  })

  it('is built again when it was not made for production (React development, under vitest)', async () => {
    const built = await project(10, 20)
    await rm(path.join(built.out, '.production-build'))
    expect(rendererIsCurrent(built.out, built.root)).toBe(false)
  })

  it('is missing when it was never built', async () => {
    const never = await project(10, null)
    expect(rendererIsCurrent(never.out, never.root)).toBe(false)
  })
})

describe('building the web app', () => {
  it('bundles React for production and marks the build so, whatever NODE_ENV says', async () => {
    // Vitest runs this with NODE_ENV=test, which alone would make Vite bundle React's
    // development build; the build's own process inherits it. That process is what
    // `dossier serve` runs, so that Vite's memory is not kept by the host.
    expect(process.env.NODE_ENV).toBe('test')
    const out = path.join(await tempDir(), 'renderer')
    await buildRendererInChild(out)
    expect(process.env.NODE_ENV).toBe('test')
    const bundles = (await readdir(path.join(out, 'assets'))).filter((name) => name.endsWith('.js'))
    const code = (
      await Promise.all(bundles.map((name) => readFile(path.join(out, 'assets', name), 'utf8')))
    ).join('\n')
    expect(code).not.toMatch(/jsxDEV|react-dom\.development/)
    expect(await readFile(path.join(out, '.production-build'), 'utf8')).toBe('production\n')
  }, 120_000)

  it('says the build failed, and how to see why, when its process fails', async () => {
    const elsewhere = await tempDir()
    await expect(buildRendererInChild(path.join(elsewhere, 'out'), elsewhere)).rejects.toThrow(
      /building the interface failed \(exit 1\).*run `npm run build` to see why/,
    )
  })
})
