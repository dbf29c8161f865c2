import { existsSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import { _electron as electron } from 'playwright-core'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '../..')

/** The Electron binary, if this machine has one: it is downloaded on first start, never on install. */
const electronBinary = (): string | null => {
  const dir = path.join(ROOT, 'node_modules', 'electron')
  const pathFile = path.join(dir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

const binary = electronBinary()
const built = existsSync(path.join(ROOT, 'out', 'main', 'index.js'))
const display = process.platform !== 'linux' || Boolean(process.env.DISPLAY)
const reason =
  binary === null
    ? 'skipped: no Electron binary here (it is fetched by `npm start` on first run, and build machines have no internet)'
    : !built
      ? 'skipped: the app is not built (run `npm run build` first)'
      : !display
        ? 'skipped: no display for a window (run under Xvfb)'
        : null

describe.skipIf(reason !== null)(`the desktop app ${reason ?? ''}`, () => {
  it('opens its window on the app, with the sandboxed bridge in place', async () => {
    const app = await electron.launch({
      executablePath: binary!,
      args: [path.join(ROOT, 'out', 'main', 'index.js')],
    })
    try {
      const window = await app.firstWindow()
      await expect.poll(() => window.title()).toBe('Verification Desk')
      expect(
        await window.evaluate(() => typeof (globalThis as { require?: unknown }).require),
      ).toBe('undefined')
      expect(
        await window.evaluate(
          () => (globalThis as { desk?: { platform?: string } }).desk?.platform,
        ),
      ).toBe('electron')
    } finally {
      await app.close()
    }
  })
})
