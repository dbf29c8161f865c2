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
 * The identity form says how the host keeps this computer's device key. `dossier serve` has no
 * keychain, so it says so plainly (the keychain case is the desktop app's: its host and the
 * sentence are tested in Node, test/host/library/key-protection-rpc.test.ts).
 */
describe.skipIf(!hasChromium)(title, () => {
  const served = useServedChromium()

  it('says the key is in a file only the account can read, with no keychain', async () => {
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
        .toBe(
          'This computer’s device key (identity.json) is stored in a file only your user account can read; this system offers no keychain.',
        )
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
