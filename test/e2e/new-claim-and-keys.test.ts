import path from 'node:path'
import type { Page } from 'playwright-core'
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
import { selectInSource } from './support/desk-fixtures'
import { chromiumTitle, hasChromium, useServedChromium } from './support/served-chromium'
import { tempDir } from '../support/temp-dir'

const title = chromiumTitle('new claims from the source and keyboard shortcuts')

/** Whether the element `selector` finds has focus. */
const isFocused = async (page: Page, selector: string): Promise<boolean> =>
  (await page.locator(`${selector}:focus`).count()) === 1

const SEARCH = '.list-pane input[type="search"]'

const currentClaimNumber = (page: Page): Promise<string> =>
  page.locator('.claim-list .claim-button[aria-current="true"] .claim-number').innerText()

describe.skipIf(!hasChromium)(title, () => {
  const served = useServedChromium()

  it('adds a claim from a selection in the source, with the suggested speaker, seen live by a second page', async () => {
    const root = await tempDir()
    const data = path.join(root, 'data')
    await libraryWithDossier(data)
    const serve = await startServe({ dataDir: data })
    const first = await openDeskPage(served.browser(), serve.url)
    const second = await openDeskPage(served.browser(), serve.url)
    try {
      const { page } = first
      await page.locator('.dossier-link').first().click()
      await waitForDesk(page)
      await expect
        .poll(() => page.getByRole('button', { name: 'New claim from selection' }).count())
        .toBe(0)

      await selectInSource(page, 'The operator denied', 'any fault.')
      const fromSelection = page.getByRole('button', { name: 'New claim from selection' })
      await fromSelection.waitFor()
      await screenshot(page, 'new-claim-1-selection')
      await fromSelection.click()

      const form = page.locator('form.new-claim-form')
      await expect
        .poll(() => form.getByLabel('Claim').inputValue())
        .toBe('The operator denied any fault.')
      const suggestedWho = await form.getByLabel('Said by').inputValue()
      expect(suggestedWho).toMatch(/operator/i)
      expect(await form.getByLabel('Kind').inputValue()).toBe('denial')
      await screenshot(page, 'new-claim-2-form')
      await form.getByRole('button', { name: 'Add claim' }).click()
      await form.waitFor({ state: 'detached' })

      await expect.poll(() => currentClaimNumber(page)).toBe('#4')
      await expect
        .poll(() => page.locator('.source-text mark.quote-selected').innerText())
        .toBe('The operator denied any fault.')
      await detailPane(page).getByText(suggestedWho).first().waitFor()
      await screenshot(page, 'new-claim-3-added')

      // A selection running into the highlight (two text nodes and the <mark> between them)
      // still gives exactly the text selected.
      await selectInSource(page, 'raised the figure', 'The operator')
      await page.getByRole('button', { name: 'New claim from selection' }).click()
      await expect
        .poll(() => form.getByLabel('Claim').inputValue())
        .toBe('raised the figure to 31. The operator')
      await form.getByLabel('Claim').press('Escape')
      await form.waitFor({ state: 'detached' })

      // An empty claim is refused in words.
      await page.getByRole('button', { name: 'New claim', exact: true }).click()
      await form.getByRole('button', { name: 'Add claim' }).click()
      await expect.poll(() => form.getByRole('alert').innerText()).toMatch(/needs its text/)
      await form.getByRole('button', { name: 'Cancel' }).click()

      await second.page.locator('.dossier-link').first().click()
      await waitForDesk(second.page)
      await claimButton(second.page, 4).click()
      await expect
        .poll(() => second.page.locator('.source-text mark.quote-selected').innerText())
        .toBe('The operator denied any fault.')
      await expect.poll(() => claimButton(second.page, 4).innerText()).toContain(suggestedWho)
      await screenshot(second.page, 'new-claim-4-second-page')

      expect(first.errors).toEqual([])
      expect(second.errors).toEqual([])
    } finally {
      await first.close()
      await second.close()
    }
  }, 120_000)

  it('moves, decides, searches and lists the shortcuts from the keyboard', async () => {
    const root = await tempDir()
    const data = path.join(root, 'data')
    await libraryWithDossier(data)
    const serve = await startServe({ dataDir: data })
    const { page, errors, close } = await openDeskPage(served.browser(), serve.url)
    try {
      await page.locator('.dossier-link').first().click()
      await waitForDesk(page)
      await claimButton(page, 1).click()
      await expect.poll(() => currentClaimNumber(page)).toBe('#1')

      await page.keyboard.press('j')
      await expect.poll(() => currentClaimNumber(page)).toBe('#2')
      await page.keyboard.press('j')
      await expect.poll(() => currentClaimNumber(page)).toBe('#3')
      await page.keyboard.press('k')
      await expect.poll(() => currentClaimNumber(page)).toBe('#2')

      // 3 is the third status of the decide form: disputed.
      await page.keyboard.press('3')
      await expect
        .poll(() => detailPane(page).locator('input[data-status-option="disputed"]').isChecked())
        .toBe(true)
      await expect
        .poll(() => isFocused(page, '.detail-pane textarea[data-decide-rationale]'))
        .toBe(true)
      await page.keyboard.type('The provincial figure contradicts it; j and k are just letters')
      await expect.poll(() => currentClaimNumber(page)).toBe('#2')
      const rationale = detailPane(page).locator('textarea[data-decide-rationale]')
      expect(await rationale.inputValue()).toBe(
        'The provincial figure contradicts it; j and k are just letters',
      )
      await screenshot(page, 'keys-1-decide')
      await detailPane(page).getByRole('button', { name: 'Record decision' }).click()
      await expect
        .poll(() => detailPane(page).locator('.form-done').innerText())
        .toMatch(/Decision recorded: disputed/)
      await expect
        .poll(() => claimButton(page, 2).locator('.badge').getAttribute('class'))
        .toMatch(/badge-disputed/)

      await page.keyboard.press('/')
      const search = page.locator(SEARCH)
      await expect.poll(() => isFocused(page, SEARCH)).toBe(true)
      expect(await search.inputValue()).toBe('')
      await search.fill('operator')
      await expect.poll(() => page.locator('.claim-list .claim-button').count()).toBe(1)
      // With the list filtered, j goes to the one claim listed.
      await page.locator('.source-text').focus()
      await page.keyboard.press('j')
      await expect.poll(() => currentClaimNumber(page)).toBe('#3')
      await search.fill('')

      await page.locator('.source-text').focus()
      await page.keyboard.press('?')
      const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
      await dialog.waitFor()
      expect(await dialog.locator('kbd').allInnerTexts()).toEqual([
        'j',
        'k',
        '1',
        '2',
        '3',
        '4',
        '/',
        'n',
        'e',
        '?',
        'Ctrl',
        'Z',
        'Ctrl',
        'Shift',
        'Z',
      ])
      await screenshot(page, 'keys-2-help')
      // Keys pressed in the dialog are not shortcuts.
      await page.keyboard.press('j')
      await expect.poll(() => currentClaimNumber(page)).toBe('#3')
      await page.keyboard.press('Escape')
      await dialog.waitFor({ state: 'detached' })
      await expect.poll(() => isFocused(page, '.source-text')).toBe(true)

      await page.keyboard.press('n')
      const form = page.locator('form.new-claim-form')
      await expect.poll(() => isFocused(page, 'form.new-claim-form textarea')).toBe(true)
      expect(await form.getByLabel('Claim').inputValue()).toBe('')
      await page.keyboard.press('Escape')
      await form.waitFor({ state: 'detached' })

      expect(errors).toEqual([])
    } finally {
      await close()
    }
  }, 120_000)
})
