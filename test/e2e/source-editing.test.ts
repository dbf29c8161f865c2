import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { libraryWithDossier } from '../host/serve/support/serve-library'
import { startServe } from '../host/serve/support/serve-process'
import {
  claimButton,
  openDeskPage,
  renameEditor,
  screenshot,
  waitForDesk,
} from '../support/desk-page'
import { selectInSource } from './support/desk-fixtures'
import { chromiumTitle, hasChromium, useServedChromium } from './support/served-chromium'
import { tempDir } from '../support/temp-dir'
import { axeFindings } from './support/axe-findings'

const title = chromiumTitle('correcting the source text together')

/** The few textarea members read here (this file is type-checked without the DOM's types). */
interface TextArea {
  readonly value: string
  readonly selectionStart: number
  setSelectionRange(start: number, end: number): void
}

const editor = (page: Page) => page.getByLabel('Source text of the story, editable')

/** The editor's caret and the characters right after it, read in the page. */
const caretContext = (page: Page): Promise<{ at: number; next: string }> =>
  editor(page).evaluate((element) => {
    const area = element as unknown as TextArea
    return {
      at: area.selectionStart,
      next: area.value.slice(area.selectionStart, area.selectionStart + 10),
    }
  })

/** Puts the caret at `offset` the way the keyboard would leave it (keyup tells the binding). */
const placeCaret = async (page: Page, start: number, end = start): Promise<void> => {
  await editor(page).evaluate(
    (element, [from, to]) => (element as unknown as TextArea).setSelectionRange(from!, to!),
    [start, end],
  )
  await editor(page).press('Shift')
}

/** The source pane, with checks axe left undecided counted too: cursors and marks sit on its text. */
const SOURCE_PANE = { include: ['.source-pane'], undecided: true }

const theme = async (page: Page, choice: 'light' | 'dark'): Promise<void> => {
  await page.getByLabel('Theme').selectOption(choice)
  await expect
    .poll(() => page.evaluate<string | undefined>('document.documentElement.dataset.theme'))
    .toBe(choice)
}

/**
 * Two pages on one dossier of a real `dossier serve`: Ana corrects the source text while Ben has
 * his caret further on; Ben sees the correction live, his caret stays on the same words, and
 * both see the other's cursor with their name. A frozen version offers no editing.
 */
describe.skipIf(!hasChromium)(title, () => {
  const served = useServedChromium()

  it('edits the text live with the other editor’s cursor shown; a version cannot be edited', async () => {
    const root = await tempDir()
    const data = path.join(root, 'data')
    await libraryWithDossier(data)
    const serve = await startServe({ dataDir: data })
    const a = await openDeskPage(served.browser(), serve.url)
    const b = await openDeskPage(served.browser(), serve.url)
    try {
      for (const [page, name] of [
        [a.page, 'Ana Ruiz'],
        [b.page, 'Ben Okafor'],
      ] as const) {
        await page.locator('.dossier-link').first().click()
        await waitForDesk(page)
        await renameEditor(page, name)
      }
      await a.page.locator('.presence-name', { hasText: 'Ben Okafor' }).waitFor()

      // Ana quotes a passage as a new claim (#4); Ben opens it too.
      await selectInSource(a.page, '23 people', 'missing')
      await a.page.getByRole('button', { name: 'New claim from selection' }).click()
      await a.page.getByRole('button', { name: 'Add claim' }).click()
      await expect
        .poll(() => a.page.locator('.source-text mark.quote-selected').innerText())
        .toBe('23 people were missing')
      await claimButton(b.page, 4).click()
      await b.page.locator('.source-text mark.quote-selected').waitFor()

      // Ben starts editing (by the keyboard) and leaves his caret before "after the dam".
      const toggle = b.page.getByRole('button', { name: 'Edit text' })
      await toggle.focus()
      await b.page.keyboard.press('Enter')
      await expect.poll(() => b.page.evaluate('document.activeElement?.tagName')).toBe('TEXTAREA')
      const text = await editor(b.page).inputValue()
      const bensCaret = text.indexOf('after the dam')
      await placeCaret(b.page, bensCaret)
      expect(await caretContext(b.page)).toEqual({ at: bensCaret, next: 'after the ' })

      // Ana sees Ben's caret, with his name, while she reads.
      await a.page.locator('.remote-caret[data-name="Ben Okafor"]').waitFor()
      expect(await axeFindings(a.page, SOURCE_PANE), 'axe, reading with a cursor drawn').toEqual([])

      // Ana edits: "23" becomes "at least 24", before Ben's caret.
      await a.page.getByRole('button', { name: 'Edit text' }).click()
      const at = text.indexOf('23 people')
      await placeCaret(a.page, at, at + 2)
      await a.page.keyboard.type('at least 24')
      const corrected = text.replace('23 people', 'at least 24 people')
      await expect.poll(() => editor(a.page).inputValue()).toBe(corrected)

      // Ben has it live, his caret on the same words, and sees Ana's caret after what she typed.
      await expect.poll(() => editor(b.page).inputValue()).toBe(corrected)
      const shift = 'at least 24'.length - 2
      expect(await caretContext(b.page)).toEqual({ at: bensCaret + shift, next: 'after the ' })
      await b.page.locator('.remote-caret[data-name="Ana Ruiz"]').waitFor()
      // The quote's words changed: the highlight turns to "edited" on both pages as she types.
      await b.page.locator('.remote-cursors .quote-fill-edited').first().waitFor()
      await a.page.locator('.remote-cursors .quote-fill-edited').first().waitFor()

      // Ana selects a word: Ben sees the selection in her colour.
      const riverAt = corrected.indexOf('river')
      await placeCaret(a.page, riverAt, riverAt + 'river'.length)
      await b.page.locator('.remote-selection').first().waitFor()

      for (const choice of ['light', 'dark'] as const) {
        await theme(a.page, choice)
        await theme(b.page, choice)
        await screenshot(a.page, `source-editing-ana-${choice}`)
        await screenshot(b.page, `source-editing-ben-${choice}`)
        expect(await axeFindings(b.page, SOURCE_PANE), `axe, ${choice} theme`).toEqual([])
      }

      // Ben composes a word with an input method while Ana types before it: the composition is
      // left alone until it ends, then written after Ana's change, in the right place.
      const bensIme = await b.page.context().newCDPSession(b.page)
      const tuesday = corrected.indexOf('Tuesday')
      await placeCaret(b.page, tuesday)
      await bensIme.send('Input.imeSetComposition', {
        text: 'last ',
        selectionStart: 5,
        selectionEnd: 5,
      })
      await placeCaret(a.page, 0)
      await a.page.keyboard.type('UPDATE: ')
      await expect
        .poll(() => b.page.locator('.source-mirror').textContent())
        .toMatch(/^UPDATE: The river/)
      await bensIme.send('Input.insertText', { text: 'last ' })
      const merged = `UPDATE: ${corrected.replace('Tuesday', 'last Tuesday')}`
      await expect.poll(() => editor(b.page).inputValue()).toBe(merged)
      await expect.poll(() => editor(a.page).inputValue()).toBe(merged)
      expect(await caretContext(b.page)).toEqual({
        at: merged.indexOf('Tuesday'),
        next: 'Tuesday. A',
      })

      // Ben is done (Escape): reading again, the correction kept, Ana's selection still shown.
      await editor(b.page).press('Escape')
      await expect.poll(() => b.page.locator('.source-text').innerText()).toBe(merged)
      await expect
        .poll(() => b.page.evaluate('document.activeElement?.textContent'))
        .toBe('Edit text')
      await b.page.locator('.remote-caret[data-name="Ana Ruiz"]').waitFor()
      await b.page.locator('.source-text mark.quote-selected.quote-edited').waitFor()
      await screenshot(b.page, 'source-editing-ben-reading-dark')
      await theme(b.page, 'light')
      await screenshot(b.page, 'source-editing-ben-reading-light')
      await a.page.getByRole('button', { name: 'Done' }).click()
      await expect.poll(() => a.page.locator('.source-text').innerText()).toBe(merged)

      // A frozen version is read-only: no editing offered.
      await a.page.getByRole('button', { name: 'Versions…' }).click()
      const versions = a.page.getByRole('dialog', { name: /^Versions/ })
      await versions.getByLabel('Name of the new version').fill('Corrected')
      await versions.getByRole('button', { name: 'Freeze version' }).click()
      await versions.getByRole('link', { name: 'Open v1 read-only' }).click()
      await a.page
        .locator('.read-only')
        .getByText(/This is version v1/)
        .waitFor()
      await expect.poll(() => a.page.locator('.source-text').innerText()).toBe(merged)
      expect(await a.page.getByRole('button', { name: 'Edit text' }).count()).toBe(0)

      expect(a.errors).toEqual([])
      expect(b.errors).toEqual([])
    } finally {
      await a.close()
      await b.close()
    }
  }, 120_000)
})
