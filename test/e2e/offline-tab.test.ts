import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { Library } from '../../src/main/host/library/library'
import { Dossier } from '../../src/shared/dossier'
import { SOURCE, alice } from '../support/dossier-fixtures'
import { libraryWithDossier } from '../host/serve/support/serve-library'
import { startServe } from '../host/serve/support/serve-process'
import { cli } from '../support/run-cli'
import { claimButton, openDeskPage, screenshot, waitForDesk } from '../support/desk-page'
import { tempDir } from '../support/temp-dir'
import { chromiumTitle, hasChromium, useServedChromium } from './support/served-chromium'
import { axeFindings } from './support/axe-findings'

/** The words of src/renderer/offline/offline-library.ts (this project cannot import the renderer). */
const OFFLINE_LIBRARY_NOTE =
  'The host is not running; you are working on this device’s copies; changes are sent when it is back.'
const NEEDS_HOST = 'This needs the host, which cannot be reached now.'

const title = chromiumTitle('a tab opened or reloaded while the host is down')

/** A second dossier in the library, which the test's browser never opens. */
const addUnopenedDossier = async (dir: string): Promise<string> => {
  const library = await Library.open(dir)
  try {
    return await library.add((doc) => {
      const dossier = Dossier.create(doc, { title: 'Harbour strike', sourceText: SOURCE })
      dossier.addClaims(
        [{ text: 'Workers walked out at six', attribution: { who: 'Union' }, kind: 'event' }],
        alice,
      )
      return dossier
    })
  } finally {
    await library.close()
  }
}

/** Long enough for a loaded machine (expect.poll gives up after 1 s by default). */
const SOON = { timeout: 15_000 }
/** Waiting for a new build's worker to install its whole shell and activate. */
const SHELL_REPLACED = { timeout: 60_000 }

const item = (page: Page, id: string) => page.locator(`.dossier-item[data-dossier="${id}"]`)
const connection = (page: Page) => page.locator('.connection').first()

/**
 * The offline shell and this device's copies against a real `dossier serve`: a tab that opened
 * a dossier is reloaded with the host stopped, shows the library it last saw with a note, opens
 * the dossier from its copy, records a decision, and once the host is started again (on the
 * same library and port) sends it and receives what changed there meanwhile, without a reload.
 * The dossier it never opened is listed as not on this device; what needs the host says so.
 */
describe.skipIf(!hasChromium)(title, () => {
  const served = useServedChromium()

  it('works from the cached shell and copies, and syncs when the host is back', async () => {
    const data = path.join(await tempDir(), 'data')
    const opened = await libraryWithDossier(data)
    const unopened = await addUnopenedDossier(data)
    const first = await startServe({ dataDir: data })
    const tab = await openDeskPage(served.browser(), first.url)
    const { page } = tab
    // A step that does not happen fails on its own, naming what it waited for.
    page.setDefaultTimeout(15_000)
    try {
      await item(page, unopened).waitFor()
      // The shell is kept once its worker is active.
      await page.evaluate('navigator.serviceWorker.ready.then(() => true)')
      await item(page, opened).locator('a.dossier-link').click()
      await waitForDesk(page)
      await claimButton(page, 3).waitFor()
      await page.getByRole('link', { name: '← Library' }).click()
      await item(page, opened).waitFor()

      // The host stops; the tab is reloaded (its page and files come from the worker's cache).
      await first.stop('SIGTERM')
      await page.reload()
      await page.getByText(OFFLINE_LIBRARY_NOTE).waitFor()
      await expect.poll(() => connection(page).getAttribute('data-state'), SOON).toBe('offline')
      expect(await page.locator('.dossier-item').count()).toBe(2)
      expect(await item(page, unopened).locator('a').count()).toBe(0)
      expect(await item(page, unopened).textContent()).toMatch(/Not on this device/)
      expect(await page.getByRole('button', { name: 'Create', exact: true }).isDisabled()).toBe(
        true,
      )
      await screenshot(page, 'offline-library-light')
      expect(await axeFindings(page)).toEqual([])
      await page.getByLabel('Theme').selectOption('dark')
      await screenshot(page, 'offline-library-dark')
      expect(await axeFindings(page)).toEqual([])
      await page.getByLabel('Theme').selectOption('light')

      // The dossier opens from this device's copy, and the editor keeps working.
      await item(page, opened).locator('a.dossier-link').click()
      await waitForDesk(page)
      expect(await page.locator('.claim-list .claim-button').count()).toBe(3)
      await expect.poll(() => connection(page).getAttribute('data-state'), SOON).toBe('offline')
      await claimButton(page, 1).click()
      const form = page.locator('.decide form')
      await form.getByRole('radio', { name: /^Disputed/ }).check()
      await form.getByLabel('Rationale').fill('Counted again while the host was down.')
      await form.getByRole('button', { name: 'Record decision' }).click()
      await expect
        .poll(() => page.locator('.status-summary').textContent(), SOON)
        .toMatch(/1\s*Disputed/)
      await screenshot(page, 'offline-dossier-light')

      // What needs the host says so.
      await page.getByRole('button', { name: 'Versions…' }).click()
      const versions = page.getByRole('dialog', { name: /^Versions/ })
      await versions.getByText(NEEDS_HOST, { exact: false }).waitFor()
      await page.getByLabel('Theme').selectOption('dark')
      await screenshot(page, 'offline-dossier-versions-dark')
      await versions.getByRole('button', { name: 'Close' }).click()
      await page.getByLabel('Theme').selectOption('light')

      // Meanwhile the library changes on the host's side (the CLI, on its files).
      const renamed = await cli(['rename', opened, 'Dam failure, day two', '--data', data])
      expect(renamed.code).toBe(0)

      // The host starts again on the same library and port: the tab reconnects by itself.
      const second = await startServe({ dataDir: data })
      expect(second.port).toBe(first.port)
      await expect
        .poll(() => connection(page).getAttribute('data-state'), { timeout: 20_000 })
        .toBe('live')
      // Both ways: the host's change reaches the tab, without a reload.
      await expect.poll(() => page.locator('h1').textContent(), SOON).toBe('Dam failure, day two')

      // Another browser, with no copy of its own, gets the decision from the host.
      const other = await openDeskPage(served.browser(), `${second.url}&dossier=${opened}`)
      try {
        await waitForDesk(other.page)
        await expect
          .poll(() => other.page.locator('.status-summary').textContent(), { timeout: 15_000 })
          .toMatch(/1\s*Disputed/)
      } finally {
        await other.close()
      }
      expect(tab.errors.filter((error) => !/ERR_CONNECTION_REFUSED|WebSocket/.test(error))).toEqual(
        [],
      )
    } finally {
      await tab.close()
    }
  }, 120_000)

  it('keeps one build’s shell, never a request with a query, and replaces it with a new build’s', async () => {
    const data = path.join(await tempDir(), 'data')
    await libraryWithDossier(data)
    const serve = await startServe({ dataDir: data })
    // Served as a script the browser re-checks on every registration (no-cache).
    const script = await fetch(`${serve.origin}/sw.js`)
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(script.headers.get('cache-control')).toBe('no-cache')
    const tab = await openDeskPage(served.browser(), serve.url)
    const { page } = tab
    page.setDefaultTimeout(15_000)
    try {
      await page.locator('.dossier-link').first().waitFor()
      await page.evaluate('navigator.serviceWorker.ready.then(() => true)')
      const kept = (): Promise<Record<string, string[]>> =>
        page.evaluate(`(async () => {
          const out = {}
          for (const name of await caches.keys())
            out[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname + new URL(r.url).search)
          return out
        })()`)
      const bundle = await page.evaluate<string>(
        "document.querySelector('script[src*=\"/assets/index-\"]').getAttribute('src')",
      )
      const build = /(index-[\w-]+)\.js$/.exec(bundle)![1]!
      const first = await kept()
      expect(Object.keys(first)).toEqual([`vdesk-shell-${build}`])
      const files = first[`vdesk-shell-${build}`]!
      expect(files).toContain('/')
      expect(files).toContain(bundle.replace(/^\./, ''))
      expect(files.some((file) => /^\/assets\/verify-worker-[\w-]+\.js$/.test(file))).toBe(true)
      expect(files.filter((file) => file.includes('?') || file.startsWith('/sync'))).toEqual([])

      // A new build registers its own worker: its cache replaces the old one.
      await page.evaluate(
        "navigator.serviceWorker.register('/sw.js?build=index-NextBuild1', { scope: '/' }).then(() => true)",
      )
      // The new worker fetches the whole shell before it takes over and drops the old cache:
      // on a loaded machine that took longer than SOON once (a fresh-clone CI run, 2026-11-29).
      await expect
        .poll(async () => Object.keys(await kept()), SHELL_REPLACED)
        .toEqual(['vdesk-shell-index-NextBuild1'])
      expect(tab.errors).toEqual([])
    } finally {
      await tab.close()
    }
  }, 90_000)
})
