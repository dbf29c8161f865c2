import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { paletteProperties } from '../../src/shared/vocabulary'
import { startServe } from '../host/serve/support/serve-process'
import {
  claimButton,
  detailPane,
  openDeskPage,
  screenshot,
  waitForDesk,
} from '../support/desk-page'
import { ALICE_RATIONALE, BOB_RATIONALE, libraryWithConflict } from './support/desk-fixtures'
import { chromiumTitle, hasChromium, useServedChromium } from './support/served-chromium'
import { tempDir } from '../support/temp-dir'

const title = chromiumTitle('a conflict side by side, and the themes')

const conflictCount = (page: Page): Promise<string> =>
  page.locator('.status-summary .count-conflict .count-number').innerText()

const rootTheme = (page: Page): Promise<string | undefined> =>
  page.evaluate<string | undefined>('document.documentElement.dataset.theme')

const bodyBackground = (page: Page): Promise<string> =>
  page.evaluate<string>('getComputedStyle(document.body).backgroundColor')

const rgb = (hex: string): string => {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16))
  return `rgb(${r}, ${g}, ${b})`
}

describe.skipIf(!hasChromium)(title, () => {
  const served = useServedChromium()

  it('shows a conflict side by side and resolves it with “Keep this one”', async () => {
    const data = path.join(await tempDir(), 'data')
    await libraryWithConflict(data)
    const serve = await startServe({ dataDir: data })
    const { page, errors, close } = await openDeskPage(served.browser(), serve.url)
    try {
      await page.locator('.dossier-link').first().click()
      await waitForDesk(page)
      expect(await conflictCount(page)).toBe('1')
      await claimButton(page, 1).click()

      const cards = detailPane(page).locator('.conflict-card')
      await expect.poll(() => cards.count()).toBe(2)
      const alices = cards.filter({ hasText: 'Alice Moreau' })
      const bobs = cards.filter({ hasText: 'Bob Okafor' })
      await alices.getByText(ALICE_RATIONALE).waitFor()
      await bobs.getByText(BOB_RATIONALE).waitFor()
      await alices.locator('.badge-confirmed').waitFor()
      await bobs.locator('.badge-disputed').waitFor()
      await bobs.locator('.signature-signed').waitFor()
      // The evidence Bob cites, by its title and link; Alice cites none.
      const cited = bobs.getByRole('link', { name: 'Hospital admissions, Tuesday night' })
      expect(await cited.getAttribute('href')).toBe('https://example.org/admissions')
      await alices.getByText('Cites no evidence.').waitFor()
      // Side by side: the two cards share a row on a wide window.
      const [first, second] = await Promise.all([alices.boundingBox(), bobs.boundingBox()])
      expect(first).not.toBeNull()
      expect(second).not.toBeNull()
      expect(Math.abs(first!.y - second!.y)).toBeLessThan(2)
      expect(first!.x).not.toBe(second!.x)
      await detailPane(page).locator('.conflict-notice').scrollIntoViewIfNeeded()
      await screenshot(page, 'conflict-side-by-side')

      await bobs
        .getByRole('button', {
          name: 'Keep this one: record Bob Okafor’s decision, Disputed, again as your own signed decision, resolving the conflict',
        })
        .click()

      await expect.poll(() => cards.count()).toBe(0)
      await expect.poll(() => conflictCount(page)).toBe('0')
      await detailPane(page).locator('.detail-header .badge-disputed').waitFor()
      await claimButton(page, 1).locator('.badge-disputed').waitFor()
      const kept = detailPane(page)
        .locator('.timeline-decision')
        .filter({ hasText: `Kept Bob Okafor’s decision from the conflict: ${BOB_RATIONALE}` })
      await kept.waitFor()
      await kept.getByText('Resolved 2 earlier decisions.').waitFor()
      await kept.getByText('Citing: Hospital admissions, Tuesday night').waitFor()
      await kept.locator('.signature-signed').waitFor()
      await kept.scrollIntoViewIfNeeded()
      await screenshot(page, 'conflict-kept')
      expect(errors).toEqual([])
    } catch (error) {
      await screenshot(page, 'conflict-failure')
      throw error
    } finally {
      await close()
    }
  }, 120_000)

  it('switches to the dark theme, in the dossier and the library, and remembers it', async () => {
    const data = path.join(await tempDir(), 'data')
    await libraryWithConflict(data)
    const serve = await startServe({ dataDir: data })
    const { page, errors, close } = await openDeskPage(served.browser(), serve.url)
    try {
      await page.locator('.dossier-link').first().waitFor()
      // A fresh browser follows the system, which is light here.
      expect(await rootTheme(page)).toBe('system')
      expect(await page.getByLabel('Theme').inputValue()).toBe('system')
      const light = await bodyBackground(page)

      await page.locator('.dossier-link').first().click()
      await waitForDesk(page)
      await claimButton(page, 1).click()
      await detailPane(page).locator('.conflict-card').first().waitFor()

      await page.getByLabel('Theme').selectOption('dark')
      await expect.poll(() => rootTheme(page)).toBe('dark')
      const dark = await bodyBackground(page)
      expect(dark).not.toBe(light)
      expect(dark).toBe('rgb(22, 23, 26)')
      // The status colours follow: the dark palette's fill, not the light one.
      await detailPane(page).locator('.conflict-card .badge-disputed').waitFor()
      expect(
        await page.evaluate<string>(
          "getComputedStyle(document.querySelector('.detail-pane .conflict-card .badge-disputed')).backgroundColor",
        ),
      ).toBe(rgb(paletteProperties('dark')['--disputed-bg']!))
      await screenshot(page, 'theme-dark-dossier')
      await detailPane(page).locator('.conflict-notice').scrollIntoViewIfNeeded()
      await screenshot(page, 'theme-dark-conflict')
      await detailPane(page).locator('.decide').scrollIntoViewIfNeeded()
      await screenshot(page, 'theme-dark-decide')

      await page.reload()
      await waitForDesk(page)
      expect(await rootTheme(page)).toBe('dark')
      expect(await bodyBackground(page)).toBe(dark)
      expect(await page.getByLabel('Theme').inputValue()).toBe('dark')

      await page.getByRole('link', { name: '← Library' }).click()
      await page.locator('.dossier-link').first().waitFor()
      expect(await rootTheme(page)).toBe('dark')
      expect(await page.getByLabel('Theme').inputValue()).toBe('dark')
      await screenshot(page, 'theme-dark-library')

      await page.getByLabel('Theme').selectOption('light')
      await expect.poll(() => bodyBackground(page)).toBe(light)
      expect(await rootTheme(page)).toBe('light')
      expect(errors).toEqual([])
    } catch (error) {
      await screenshot(page, 'theme-failure')
      throw error
    } finally {
      await close()
    }
  }, 120_000)
})
