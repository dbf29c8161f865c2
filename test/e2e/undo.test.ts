import path from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { libraryWithDossier } from '../host/serve/support/serve-library'
import { startServe } from '../host/serve/support/serve-process'
import {
  claimButton,
  detailPane,
  openDeskPage,
  screenshot,
  waitForDesk,
} from '../support/desk-page'
import { tempDir } from '../support/temp-dir'
import { chromiumTitle, hasChromium, useServedChromium } from './support/served-chromium'

const title = chromiumTitle('undo and redo of your own changes, and removing a link')

const SYNC = { timeout: 15_000 }

const openClaim = async (page: Page, number: number): Promise<Locator> => {
  await claimButton(page, number).click()
  const pane = detailPane(page)
  await pane.locator('h2', { hasText: `Claim #${number}` }).waitFor()
  return pane
}

const editText = async (pane: Locator, text: string): Promise<void> => {
  await pane.locator('[data-action="edit-claim"]').click()
  const edit = pane.locator('form.edit-claim')
  await edit.getByLabel('Claim', { exact: true }).fill(text)
  await edit.getByRole('button', { name: 'Save changes' }).click()
  await expect.poll(() => edit.count()).toBe(0)
}

const detailText = (pane: Locator) => pane.locator('.detail-text').textContent()
const linkTexts = (pane: Locator) => pane.locator('ul.links > li').allTextContents()
const undoButton = (page: Page) => page.locator('.undo-buttons button').first()
const redoButton = (page: Page) => page.locator('.undo-buttons button').last()
const accessibleName = (button: Locator) => button.getAttribute('aria-label')

/** Takes focus out of any field, as Ctrl+Z in a field is the field's own undo. */
const leaveFields = (page: Page) => page.evaluate('document.activeElement?.blur()')

/**
 * Two pages on one dossier of a real `dossier serve`: A edits claim #1 and links it to #3, B edits
 * #2. A's Ctrl+Z twice takes back A's link and then A's edit, on both pages, and leaves B's edit;
 * Ctrl+Shift+Z redoes the edit. Ctrl+Z typed in a field stays the field's. A link's Remove button
 * takes it out on both pages, and Undo brings it back.
 */
describe.skipIf(!hasChromium)(title, () => {
  const served = useServedChromium()

  it('undoes only this page’s changes, step by step, on every page', async () => {
    const root = await tempDir()
    const data = path.join(root, 'data')
    await libraryWithDossier(data)
    const serve = await startServe({ dataDir: data })
    const a = await openDeskPage(served.browser(), serve.url)
    const page = a.page
    let b: Awaited<ReturnType<typeof openDeskPage>> | null = null
    try {
      await page.locator('.dossier-link').first().click()
      await waitForDesk(page)
      const dossierId = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('dossier')!
      b = await openDeskPage(served.browser(), `${serve.url}&dossier=${dossierId}`)
      await waitForDesk(b.page)
      expect(await undoButton(page).isDisabled()).toBe(true)
      expect(await accessibleName(undoButton(page))).toBe('Undo')

      // A: edit #1 and link it to #3.
      const pane = await openClaim(page, 1)
      await editText(pane, 'Twenty-five people are missing')
      const link = pane.locator('form.add-link')
      await link.getByLabel('This claim').selectOption({ label: 'contradicts' })
      await link.getByLabel('Claim number').fill('3')
      await link.getByRole('button', { name: 'Add link' }).click()
      await expect
        .poll(() => linkTexts(pane))
        .toEqual(['Contradicts #3 The operator denied any fault Remove'])
      expect(await accessibleName(undoButton(page))).toBe('Undo: added the link #1 → #3')

      // B: edit #2; A sees it.
      const paneB = await openClaim(b.page, 2)
      await editText(paneB, 'The figure was raised to 33')
      await expect
        .poll(() => claimButton(page, 2).textContent(), SYNC)
        .toContain('The figure was raised to 33')
      await screenshot(page, 'undo-before-a')

      // Ctrl+Z inside a field is the field's: the dossier keeps everything.
      const comment = pane.getByLabel('Add a comment')
      await comment.fill('typing')
      await comment.press('Control+z')
      expect(await accessibleName(undoButton(page))).toBe('Undo: added the link #1 → #3')
      await comment.fill('')

      // A: Ctrl+Z twice. The link goes, then the edit; B's edit stays.
      await leaveFields(page)
      await page.keyboard.press('Control+z')
      await expect.poll(() => linkTexts(pane)).toEqual([])
      expect(await detailText(pane)).toBe('Twenty-five people are missing')
      await page.keyboard.press('Control+z')
      await expect.poll(() => detailText(pane)).toBe('Twenty-three people are missing')
      expect(await accessibleName(undoButton(page))).toBe('Undo')
      expect(await undoButton(page).isDisabled()).toBe(true)
      expect(await accessibleName(redoButton(page))).toBe('Redo: edited claim #1')
      expect(await page.locator('.undo-message').textContent()).toBe('Undid: edited claim #1')
      expect(await claimButton(page, 2).textContent()).toContain('The figure was raised to 33')
      await screenshot(page, 'undo-after-two-a')

      // B sees both undone, and its own edit kept.
      const onB = await openClaim(b.page, 1)
      await expect.poll(() => detailText(onB), SYNC).toBe('Twenty-three people are missing')
      await expect.poll(() => linkTexts(onB), SYNC).toEqual([])
      expect(await claimButton(b.page, 2).textContent()).toContain('The figure was raised to 33')
      // B has nothing to undo of A's: its own history holds only its edit.
      expect(await accessibleName(undoButton(b.page))).toBe('Undo: edited claim #2')
      await screenshot(b.page, 'undo-after-two-b')

      // A redoes once: the edit comes back, the link stays undone.
      await page.keyboard.press('Control+Shift+z')
      await expect.poll(() => detailText(pane)).toBe('Twenty-five people are missing')
      expect(await linkTexts(pane)).toEqual([])
      expect(await accessibleName(redoButton(page))).toBe('Redo: added the link #1 → #3')
      expect(await accessibleName(undoButton(page))).toBe('Undo: edited claim #1')
      await expect.poll(() => detailText(onB), SYNC).toBe('Twenty-five people are missing')
      await screenshot(page, 'undo-after-redo-a')

      // The Redo button does the same as the keys: the link is back, on B too.
      await redoButton(page).click()
      await expect
        .poll(() => linkTexts(pane))
        .toEqual(['Contradicts #3 The operator denied any fault Remove'])
      await expect.poll(() => linkTexts(onB), SYNC).toHaveLength(1)

      // B removes the link with its Remove button; A sees it go; the history lists it.
      await onB.getByRole('button', { name: 'Remove link to #3' }).click()
      await expect.poll(() => linkTexts(onB)).toEqual([])
      await expect.poll(() => linkTexts(pane), SYNC).toEqual([])
      await expect
        .poll(() => pane.locator('.timeline-removal').textContent(), SYNC)
        .toContain('removed the link: contradicts #3')
      expect(await accessibleName(undoButton(b.page))).toBe('Undo: removed the link #1 → #3')
      await pane.locator('.timeline-removal').scrollIntoViewIfNeeded()
      await screenshot(page, 'undo-link-removed-by-b')
      await undoButton(b.page).click()
      await expect.poll(() => linkTexts(pane), SYNC).toHaveLength(1)
      await screenshot(b.page, 'undo-removal-undone-b')

      // Evidence: Remove takes it out (focus goes to the heading), Ctrl+Z brings it back.
      const evidence = pane.locator('form.add-evidence')
      await evidence.getByLabel('Title').fill('Gauge log')
      await evidence.getByRole('radio', { name: /^Supports/ }).check()
      await evidence.getByRole('button', { name: 'Add evidence' }).click()
      const heading = pane.getByRole('heading', { name: /^Evidence/ })
      await expect.poll(() => heading.textContent()).toBe('Evidence (1)')
      await pane.locator('.evidence-list').scrollIntoViewIfNeeded()
      await screenshot(page, 'undo-evidence-with-remove')
      await pane.getByRole('button', { name: 'Remove evidence “Gauge log”' }).click()
      await expect.poll(() => heading.textContent()).toBe('Evidence (0)')
      expect(
        await heading.evaluate((element) => element === element.ownerDocument.activeElement),
      ).toBe(true)
      await page.keyboard.press('Control+z')
      await expect.poll(() => heading.textContent()).toBe('Evidence (1)')

      expect(a.errors).toEqual([])
      expect(b.errors).toEqual([])
    } catch (error) {
      await screenshot(page, 'undo-failure')
      if (b !== null) await screenshot(b.page, 'undo-failure-b')
      throw error
    } finally {
      await b?.close()
      await a.close()
      await serve.stop('SIGTERM')
    }
  }, 180_000)
})
