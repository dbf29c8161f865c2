import AxeBuilder from '@axe-core/playwright'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { libraryWithDossier } from '../host/serve/support/serve-library'
import { startServe } from '../host/serve/support/serve-process'
import { openDeskPage, screenshot, waitForDesk } from '../support/desk-page'
import { chromiumTitle, hasChromium, useServedChromium } from './support/served-chromium'
import { tempDir } from '../support/temp-dir'

const title = chromiumTitle('the notice of a desktop host that crashed')

/**
 * A stand-in for the desktop app's preload bridge (`window.desk`), which a served page lacks: it
 * offers no host (`connect` answers no) and passes on the host statuses the test emits through
 * `window.emitHostStatus`, as main's `IPC_HOST_STATUS` would. The page still syncs with the real
 * `dossier serve` through its address's token.
 */
const DESK_STAND_IN = `(() => {
  const listeners = new Set()
  window.emitHostStatus = (status) => { for (const listener of listeners) listener(status) }
  window.desk = Object.freeze({
    platform: 'electron',
    version: '0.0.0-test',
    os: 'linux',
    connect: async () => ({ ok: false, reason: 'no host in this test' }),
    onHostStopped: () => () => undefined,
    onHostStatus: (listener) => { listeners.add(listener); return () => listeners.delete(listener) },
    onCommand: () => () => undefined,
  })
})()`

const emit = (page: Page, status: unknown): Promise<unknown> =>
  page.evaluate(`window.emitHostStatus(${JSON.stringify(status)})`)

const THEME_STORAGE_KEY = 'verification-desk.theme'

/** Shows `theme` as a second tab choosing it would (see test/e2e/accessibility.test.ts). */
const showTheme = async (page: Page, theme: 'light' | 'dark'): Promise<void> => {
  await page.evaluate(`(() => {
    const key = ${JSON.stringify(THEME_STORAGE_KEY)}
    window.localStorage.setItem(key, ${JSON.stringify(theme)})
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: ${JSON.stringify(theme)} }))
  })()`)
  await expect
    .poll(() => page.evaluate<string | undefined>('document.documentElement.dataset.theme'))
    .toBe(theme)
}

const seriousAxeFindings = async (page: Page): Promise<string[]> => {
  const results = await new AxeBuilder({ page })
    .include('.host-crash-notice')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  return [...results.violations, ...results.incomplete]
    .filter((result) => result.impact === 'serious' || result.impact === 'critical')
    .map((result) => `${result.id}: ${result.help}`)
}

describe.skipIf(!hasChromium)(title, () => {
  const served = useServedChromium()

  it('says the host is restarting, then that it failed and what to do, in both themes', async () => {
    const data = path.join(await tempDir(), 'data')
    await libraryWithDossier(data)
    const serve = await startServe({ dataDir: data })
    const { page, errors, close } = await openDeskPage(served.browser(), serve.url, {
      beforeLoad: (page) => page.addInitScript(DESK_STAND_IN),
    })
    try {
      await page.locator('.dossier-link').first().click()
      await waitForDesk(page)
      const notice = page.locator('.host-crash-notice')
      expect(await notice.count()).toBe(0)

      await emit(page, {
        state: 'restarting',
        attempt: 1,
        of: 5,
        reason: 'the host stopped unexpectedly (exit code 134)',
      })
      const restarting = page.getByRole('status').filter({ hasText: 'is restarting' })
      await restarting.waitFor()
      expect(await restarting.textContent()).toContain(
        'Your changes are kept in this window and will sync when it is back.',
      )
      for (const theme of ['light', 'dark'] as const) {
        await showTheme(page, theme)
        await screenshot(page, `host-crash-restarting-${theme}`)
        expect(await seriousAxeFindings(page)).toEqual([])
      }

      await emit(page, { state: 'running' })
      await notice.waitFor({ state: 'detached' })

      await emit(page, {
        state: 'failed',
        reason:
          'the host stopped unexpectedly (exit code 134), 6 times in a row; it is not restarted again',
        logFile: '/home/editor/.config/Verification Desk/logs/desk.log',
      })
      const failed = page.getByRole('alert').filter({ hasText: 'could not be restarted' })
      await failed.waitFor()
      const said = (await failed.textContent()) ?? ''
      expect(said).toContain('What to do: quit Verification Desk and open it again.')
      expect(said).toContain('/home/editor/.config/Verification Desk/logs/desk.log')
      for (const theme of ['light', 'dark'] as const) {
        await showTheme(page, theme)
        await screenshot(page, `host-crash-failed-${theme}`)
        expect(await seriousAxeFindings(page)).toEqual([])
      }

      // Reachable by keyboard: the one button hides the notice.
      const hide = failed.getByRole('button', { name: 'Hide this message' })
      await hide.focus()
      await page.keyboard.press('Enter')
      await notice.waitFor({ state: 'detached' })
      // Nothing main says that does not read as a status shows anything.
      await emit(page, { state: 'failed', reason: 'x' })
      await emit(page, 'restarting')
      expect(await notice.count()).toBe(0)
      expect(errors).toEqual([])
    } finally {
      await close()
    }
  }, 120_000)
})
