import { existsSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import { _electron as electron } from 'playwright-core'
import type { ElectronApplication, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { libraryWithDossier } from '../host/serve/support/serve-library'
import { claimButton, detailPane, waitForDesk } from '../support/desk-page'
import { cli } from '../support/run-cli'
import { tempDir } from '../support/temp-dir'

/**
 * The desktop app itself, through Playwright's Electron driver: `npm run test:electron` (which
 * builds first). It needs Electron's binary (fetched by `npm start` on its first start) and a
 * display; where either is missing, `npm test` lists it as skipped and says why.
 */
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
const display =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY)
const reason =
  binary === null
    ? 'skipped: no Electron binary here (it is fetched by `npm start` on first run, and build machines have no internet)'
    : !built
      ? 'skipped: the app is not built (run `npm run test:electron`, which builds first)'
      : !display
        ? 'skipped: no display for a window (run under Xvfb)'
        : null

/** Chromium refuses to start as root with its sandbox on (containers, CI). */
const rootSwitches = process.getuid?.() === 0 ? ['--no-sandbox'] : []

/** Without the dev server's address, the app loads its built pages, as a packaged app does. */
const builtAppEnv = (): Record<string, string> =>
  Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] =>
        entry[1] !== undefined && entry[0] !== 'ELECTRON_RENDERER_URL',
    ),
  )

/**
 * The app as `electron .` starts it (package.json's main and productName), with its data in
 * `userData` (Chromium's --user-data-dir sets Electron's userData path) and `operands` on its
 * command line, as a double-clicked file arrives.
 */
const launch = (userData: string, ...operands: string[]): Promise<ElectronApplication> =>
  electron.launch({
    executablePath: binary!,
    args: [ROOT, `--user-data-dir=${userData}`, ...rootSwitches, ...operands],
    cwd: ROOT,
    env: builtAppEnv(),
  })

/** The first window, with every page error it raises noted. */
const firstWindow = async (app: ElectronApplication): Promise<{ page: Page; errors: string[] }> => {
  const page = await app.firstWindow()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`))
  return { page, errors }
}

const SAMPLE_TITLE = /Brennock fish market fire/

describe.skipIf(reason !== null)(`the desktop app ${reason ?? ''}`, () => {
  it('opens its window on the app, with the sandboxed bridge in place', async () => {
    const app = await launch(await tempDir())
    try {
      const { page } = await firstWindow(app)
      await expect.poll(() => page.title()).toMatch(/Verification Desk/)
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
        'undefined',
      )
      expect(
        await page.evaluate(() => (globalThis as { desk?: { platform?: string } }).desk?.platform),
      ).toBe('electron')
    } finally {
      await app.close()
    }
  })

  it('starts on the sample, keeps a decision across a restart, in userData/library', async () => {
    const userData = await tempDir()
    const first = await launch(userData)
    try {
      const { page, errors } = await firstWindow(first)
      // A library that never held a dossier gets the sample on first start.
      const sample = page.locator('.dossier-link', { hasText: SAMPLE_TITLE })
      await sample.click()
      await waitForDesk(page)
      await claimButton(page, 3).locator('.badge-unverified').waitFor()
      await claimButton(page, 3).click()
      const deciding = detailPane(page).locator('.decide form')
      await deciding.getByRole('radio', { name: /^Confirmed/ }).check()
      await deciding.getByLabel('Rationale').fill('The fire service’s log names Shed 4.')
      await deciding.getByRole('button', { name: 'Record decision' }).click()
      await detailPane(page).locator('.form-done').waitFor()
      await claimButton(page, 3).locator('.badge-confirmed').waitFor()
      expect(errors).toEqual([])
    } finally {
      // Quitting asks the host to flush and stop before the app goes.
      await first.close()
    }

    // The app's library is userData/library, readable by the CLI once the app has let it go.
    const listed = await cli(['list', '--json', '--data', path.join(userData, 'library')])
    expect(listed.code).toBe(0)
    const dossiers = (JSON.parse(listed.stdout) as { dossiers: { title: string }[] }).dossiers
    expect(dossiers.map((dossier) => dossier.title)).toEqual([expect.stringMatching(SAMPLE_TITLE)])

    const second = await launch(userData)
    try {
      const { page, errors } = await firstWindow(second)
      // Not a second sample: the library has held a dossier before.
      const sample = page.locator('.dossier-link', { hasText: SAMPLE_TITLE })
      await sample.waitFor()
      expect(await page.locator('.dossier-link').count()).toBe(1)
      await sample.click()
      await waitForDesk(page)
      await claimButton(page, 3).locator('.badge-confirmed').waitFor()
      expect(errors).toEqual([])
    } finally {
      await second.close()
    }
  }, 120_000)

  it('opens a .dossier file given on its command line', async () => {
    const root = await tempDir()
    const source = path.join(root, 'source-library')
    const id = await libraryWithDossier(source)
    const file = path.join(root, 'Dam failure.dossier')
    const exported = await cli([
      'export',
      id,
      '--format',
      'dossier',
      '--out',
      file,
      '--data',
      source,
    ])
    expect(exported.code).toBe(0)

    const app = await launch(path.join(root, 'user-data'), file)
    try {
      const { page, errors } = await firstWindow(app)
      await page.locator('.desk-header h1', { hasText: 'Dam failure' }).waitFor()
      await waitForDesk(page)
      await claimButton(page, 1).waitFor()
      expect(errors).toEqual([])
    } finally {
      await app.close()
    }
  }, 120_000)
})
