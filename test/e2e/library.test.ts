import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { libraryWithDossier } from '../host/serve/support/serve-library'
import { startServe } from '../host/serve/support/serve-process'
import { openDeskPage, screenshot, waitForDesk } from '../support/desk-page'
import { chromiumTitle, hasChromium, useServedChromium } from './support/served-chromium'
import { tempDir } from '../support/temp-dir'

const title = chromiumTitle('the library and versions in the app')

const item = (page: Page, name: string): Locator =>
  page.locator('.dossier-item').filter({ has: page.locator('.dossier-name', { hasText: name }) })

const names = (page: Page): Promise<string[]> => page.locator('.dossier-name').allTextContents()

/** Clicks `button` and resolves with the file the browser downloaded. */
const download = async (page: Page, button: Locator, where: string): Promise<string> => {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()])
  await file.saveAs(where)
  return where
}

/**
 * Everything an editor does with the library and a dossier's versions, in the app, against a real
 * `dossier serve`: create, rename, duplicate, search, trash with undo, restore, delete for good,
 * export and open a `.dossier` file; freeze a version, compare it with now, open it read-only.
 */
describe.skipIf(!hasChromium)(title, () => {
  const served = useServedChromium()

  it('creates, renames, duplicates, finds, trashes and restores dossiers', async () => {
    const root = await tempDir()
    const data = path.join(root, 'data')
    await libraryWithDossier(data)
    const serve = await startServe({ dataDir: data })
    const { page, errors, close } = await openDeskPage(served.browser(), serve.url)
    try {
      await item(page, 'Dam failure').waitFor()

      const create = page.locator('form.new-dossier')
      await create.getByLabel('Title').fill('Harbour fire')
      await create.getByRole('button', { name: 'Create' }).click()
      await item(page, 'Harbour fire').waitFor()

      await item(page, 'Harbour fire').getByRole('button', { name: 'Rename' }).click()
      const renaming = page.locator('form.dossier-rename')
      await renaming.getByLabel('Title').fill('Harbour fire, night shift')
      await renaming.getByLabel('Story line').fill('Two warehouses on the east quay')
      await renaming.getByRole('button', { name: 'Save' }).click()
      await item(page, 'Harbour fire, night shift').locator('.dossier-story').waitFor()

      await item(page, 'Harbour fire, night shift')
        .getByRole('button', { name: 'Duplicate' })
        .click()
      await item(page, 'Harbour fire, night shift (copy)').waitFor()

      await page.getByLabel('Search dossiers').fill('night copy')
      await expect.poll(() => names(page)).toEqual(['Harbour fire, night shift (copy)'])
      await page.getByLabel('Search dossiers').fill('zzz')
      await page.getByText('No dossier matches “zzz”.').waitFor()
      await page.getByLabel('Search dossiers').fill('')
      await page.getByLabel('Sort by').selectOption('title')
      await expect
        .poll(() => names(page))
        .toEqual(['Dam failure', 'Harbour fire, night shift', 'Harbour fire, night shift (copy)'])
      await screenshot(page, 'library-actions')

      // Into the trash, and straight back with Undo.
      await item(page, '(copy)').getByRole('button', { name: 'Move to trash' }).click()
      await page.getByText('Moved “Harbour fire, night shift (copy)” to the trash.').waitFor()
      await expect.poll(() => names(page)).toHaveLength(2)
      await page.getByRole('button', { name: 'Undo' }).click()
      await item(page, '(copy)').waitFor()

      // Into the trash again, restored from the trash's own list, then deleted for good.
      await item(page, '(copy)').getByRole('button', { name: 'Move to trash' }).click()
      await expect.poll(() => names(page)).toHaveLength(2)
      const trash = page.locator('.library-trash')
      await trash.locator('summary').click()
      await trash.getByText('Harbour fire, night shift (copy)').waitFor()
      await screenshot(page, 'library-trash')
      await trash.getByRole('button', { name: 'Restore' }).click()
      await item(page, '(copy)').waitFor()
      await expect.poll(() => trash.count()).toBe(0)

      await item(page, '(copy)').getByRole('button', { name: 'Move to trash' }).click()
      await trash.locator('summary').click()
      await trash.getByRole('button', { name: 'Delete for good…' }).click()
      await trash.getByRole('button', { name: /^Delete “.*” for good$/ }).click()
      await expect.poll(() => trash.count()).toBe(0)
      await expect.poll(() => names(page)).toEqual(['Dam failure', 'Harbour fire, night shift'])
      expect(errors).toEqual([])
    } catch (error) {
      await screenshot(page, 'library-failure')
      throw error
    } finally {
      await close()
    }
  }, 120_000)

  it('exports, freezes, compares and opens a version read-only; a .dossier file comes back in', async () => {
    const root = await tempDir()
    const data = path.join(root, 'data')
    await libraryWithDossier(data)
    const serve = await startServe({ dataDir: data })
    const { page, errors, close } = await openDeskPage(served.browser(), serve.url)
    try {
      await page.locator('.dossier-link').first().click()
      await waitForDesk(page)

      // Export: a Markdown report and the .dossier file, as the browser downloads them.
      await page.getByRole('button', { name: 'Export…' }).click()
      const exporting = page.getByRole('dialog', { name: /^Export/ })
      await exporting.getByRole('radio', { name: /^Markdown/ }).check()
      const report = await download(
        page,
        exporting.getByRole('button', { name: 'Download' }),
        path.join(root, 'report.md'),
      )
      expect(await readFile(report, 'utf8')).toContain('Dam failure')
      await exporting.getByRole('radio', { name: /^\.dossier file/ }).check()
      const file = await download(
        page,
        exporting.getByRole('button', { name: 'Download' }),
        path.join(root, 'dam.dossier'),
      )
      await screenshot(page, 'dossier-export')
      await exporting.getByRole('button', { name: 'Close' }).click()

      // Freeze v1, then change a status and compare v1 with now.
      await page.getByRole('button', { name: 'Versions…' }).click()
      const versions = page.getByRole('dialog', { name: /^Versions/ })
      await versions.getByLabel('Name of the new version').fill('First look')
      await versions.getByRole('button', { name: 'Freeze version' }).click()
      await versions.getByText('Froze v1, “First look”, with 3 claims.').waitFor()
      await versions.getByRole('button', { name: 'Close' }).click()

      await page.locator('.claim-list .claim-button').first().click()
      const form = page.locator('.decide form')
      await form.getByRole('radio', { name: /^Disputed/ }).check()
      await form.getByLabel('Rationale').fill('The river authority revised its own count twice.')
      await form.getByRole('button', { name: 'Record decision' }).click()
      await expect.poll(() => page.locator('.status-summary').textContent()).toMatch(/1\s*Disputed/)

      await page.getByRole('button', { name: 'Versions…' }).click()
      await versions.getByRole('button', { name: 'Compare' }).click()
      const diff = versions.locator('.version-diff')
      await diff.getByText('1 status changed').waitFor()
      expect(await diff.textContent()).toMatch(
        /#1 Unverified → Disputed Twenty-three people are missing/,
      )
      await screenshot(page, 'dossier-versions-compare')

      // v1 read-only: the status it had, a banner saying what it is, nothing to decide.
      await versions.getByRole('link', { name: 'Open v1 read-only' }).click()
      await page
        .locator('.read-only')
        .getByText(/This is version v1, “First look”/)
        .waitFor()
      expect(await page.locator('.status-summary').textContent()).toMatch(/0\s*Disputed/)
      expect(await page.locator('.decide form').count()).toBe(0)
      expect(await page.getByRole('button', { name: 'Share…' }).count()).toBe(0)
      await screenshot(page, 'dossier-version-read-only')
      await page.getByRole('link', { name: '← Back to the dossier' }).click()
      await expect.poll(() => page.locator('.status-summary').textContent()).toMatch(/1\s*Disputed/)

      // The .dossier file back into the library: the dossier is there, so it comes in as a copy.
      await page.getByRole('link', { name: '← Library' }).click()
      await page.getByLabel('.dossier file').setInputFiles(file)
      await page.getByText(/^Added “Dam failure” with 3 claims\./).waitFor()
      await expect
        .poll(() => page.locator('.dossier-name', { hasText: 'Dam failure' }).count())
        .toBe(2)

      // A file that is not a dossier is refused, and nothing is added.
      const bogus = path.join(root, 'notes.dossier')
      await writeFile(bogus, 'these are my notes, not a dossier')
      await page.getByLabel('.dossier file').setInputFiles(bogus)
      await page.getByText(/^notes\.dossier was not opened: /).waitFor()
      expect(await page.locator('.dossier-item').count()).toBe(2)
      expect(errors).toEqual([])
    } catch (error) {
      await screenshot(page, 'versions-failure')
      throw error
    } finally {
      await close()
    }
  }, 120_000)
})
