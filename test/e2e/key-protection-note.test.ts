import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { libraryWithDossier } from '../host/serve/support/serve-library'
import { startServe } from '../host/serve/support/serve-process'
import { openDeskPage, screenshot, waitForDesk } from '../support/desk-page'
import { tempDir } from '../support/temp-dir'
import { chromiumTitle, hasChromium, useServedChromium } from './support/served-chromium'

/** Serious or critical axe-core findings on the page as it is now (WCAG 2 A and AA). */
const axeFindings = async (page: Page): Promise<string[]> => {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help}`)
}

const title = chromiumTitle('what guards the device key, beside the identity')

/**
 * The identity form says how the key this page signs with is kept. In a browser tab that is the
 * site's storage; the host's own key (identity.json) is said only in the desktop app, where the
 * host is this computer (test/e2e/window-keychain.test.ts; the sentences are tested in Node,
 * test/renderer/storage/window-key-protection.test.ts and test/host/library/key-protection-rpc.test.ts).
 */
describe.skipIf(!hasChromium)(title, () => {
  const served = useServedChromium()

  it('says the page’s key is kept in the browser’s storage for this site', async () => {
    const data = path.join(await tempDir(), 'data')
    await libraryWithDossier(data)
    const serve = await startServe({ dataDir: data })
    const desk = await openDeskPage(served.browser(), serve.url)
    const page = desk.page
    try {
      await page.locator('.dossier-link').first().click()
      await waitForDesk(page)
      await page.getByRole('button', { name: 'Change name' }).click()
      const note = page.locator('.identity-form .identity-note')
      await expect
        .poll(() => note.textContent())
        .toBe('Your signing key is kept in this browser’s storage for this site.')
      await screenshot(page, 'key-protection-note-light')
      expect(await axeFindings(page)).toEqual([])
      await page.emulateMedia({ colorScheme: 'dark' })
      await screenshot(page, 'key-protection-note-dark')
      expect(await axeFindings(page)).toEqual([])
      expect(desk.errors).toEqual([])
    } finally {
      await desk.close()
    }
  })
})
