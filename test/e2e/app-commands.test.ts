import AxeBuilder from '@axe-core/playwright'
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
import { tempDir } from '../support/temp-dir'
import { chromiumTitle, hasChromium, useServedChromium } from './support/served-chromium'

const title = chromiumTitle('the desktop app’s menu commands, in the page')

const VERSION = '9.9.9-test'
const JOIN_LINK = 'verification-desk://join/not-a-real-invite'

/**
 * The preload's `window.desk` as the page sees it, in a plain Chromium: `onCommand` keeps the
 * page's listener so the test can play main's part (`window.__emitCommand(value)`). `connect`
 * answers as the app without a host would; the page, opened with `dossier serve`'s token,
 * reaches its host over the WebSocket and never asks.
 */
const installDeskStandIn = (page: Page) =>
  page.addInitScript(`(() => {
    const listeners = new Set()
    const never = () => () => undefined
    window.desk = Object.freeze({
      platform: 'electron',
      version: ${JSON.stringify(VERSION)},
      os: 'linux',
      connect: () => Promise.resolve({ ok: false, reason: 'test' }),
      onHostStopped: never,
      onHostStatus: never,
      onCommand: (listener) => {
        listeners.add(listener)
        return () => void listeners.delete(listener)
      },
    })
    window.__emitCommand = (value) => {
      for (const listener of listeners) listener(value)
      return listeners.size
    }
  })()`)

/** Sends `value` as main would; the page must be listening. */
const emit = async (page: Page, value: unknown): Promise<void> => {
  expect(await page.evaluate<number>(`window.__emitCommand(${JSON.stringify(value)})`)).toBe(1)
}

/** The accessible name of what has focus: its label, or its aria-label. */
const focusedLabel = (page: Page) =>
  page.evaluate<string | null>(`(() => {
    const element = document.activeElement
    if (element === null) return null
    return element.getAttribute('aria-label') ?? element.labels?.[0]?.textContent ?? element.id
  })()`)

const themeShown = (page: Page) =>
  page.evaluate<string | undefined>('document.documentElement.dataset.theme')

const seriousViolations = async (page: Page, include: string): Promise<string[]> => {
  const results = await new AxeBuilder({ page })
    .include(include)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help}`)
}

/**
 * What main asks a window to do (src/shared/ipc/app-command.ts), played into a page of a real
 * `dossier serve` through a stand-in of the preload's bridge: each command lands on the existing
 * form, dialog or history, from the library and from a dossier.
 */
describe.skipIf(!hasChromium)(title, () => {
  const served = useServedChromium()

  it('does each menu command on the screen it belongs to', async () => {
    const root = await tempDir()
    const data = path.join(root, 'data')
    const dossierId = await libraryWithDossier(data)
    const serve = await startServe({ dataDir: data })
    const warnings: string[] = []
    const { page, errors, close } = await openDeskPage(served.browser(), serve.url, {
      beforeLoad: async (page) => {
        page.on('console', (message) => {
          if (message.type() === 'warning') warnings.push(message.text())
        })
        await installDeskStandIn(page)
      },
    })
    page.setDefaultTimeout(10_000)
    try {
      await page.locator('.connection[data-state="live"]').first().waitFor()
      await page.locator('.dossier-link').first().waitFor()

      // Edit ▸ Find on the library: the dossiers' search.
      await emit(page, { type: 'find' })
      await expect.poll(() => focusedLabel(page)).toBe('Search dossiers')

      // View ▸ Theme, and Help ▸ About in both themes.
      await emit(page, { type: 'theme', theme: 'dark' })
      await expect.poll(() => themeShown(page)).toBe('dark')
      expect(await page.getByLabel('Theme').inputValue()).toBe('dark')
      await emit(page, { type: 'about' })
      const about = page.getByRole('dialog', { name: 'About Verification Desk' })
      await about.waitFor()
      expect(await about.locator('.about-version').textContent()).toBe(`Version ${VERSION}`)
      expect(await seriousViolations(page, '.about-dialog')).toEqual([])
      await screenshot(page, 'app-commands-about-dark')
      await page.keyboard.press('Escape')
      await expect.poll(() => about.count()).toBe(0)
      await emit(page, { type: 'theme', theme: 'light' })
      await expect.poll(() => themeShown(page)).toBe('light')
      await emit(page, { type: 'about' })
      await about.waitFor()
      await screenshot(page, 'app-commands-about-light')
      await about.getByRole('button', { name: 'Close' }).click()
      await expect.poll(() => about.count()).toBe(0)

      // A notice from main: said over the page until dismissed, in either theme.
      const text =
        'The logs folder could not be opened (No application knows how to open it). Open it ' +
        'from your file manager: /home/editor/.config/Verification Desk/logs'
      await emit(page, { type: 'notice', text })
      const notice = page.locator('.app-notice')
      expect(await notice.textContent()).toContain(text)
      expect(await notice.getAttribute('role')).toBe('alert')
      expect(await seriousViolations(page, '.app-notice')).toEqual([])
      await screenshot(page, 'app-commands-notice-light')
      await emit(page, { type: 'theme', theme: 'dark' })
      await expect.poll(() => themeShown(page)).toBe('dark')
      await screenshot(page, 'app-commands-notice-dark')
      await notice.getByRole('button', { name: 'Dismiss' }).click()
      await expect.poll(() => notice.count()).toBe(0)
      await emit(page, { type: 'theme', theme: 'system' })

      // Something that does not read as a command is ignored, with a warning.
      await emit(page, { type: 'format-disk' })
      await emit(page, { type: 'export', format: 'pdf' })
      await expect
        .poll(() => warnings.filter((line) => line.includes('cannot read')).length)
        .toBe(2)
      expect(await page.locator('dialog[open], .app-notice').count()).toBe(0)

      // Export and Share need an open dossier: the library says so.
      await emit(page, { type: 'share' })
      await expect
        .poll(() => notice.textContent())
        .toContain('Open a dossier first: File ▸ Share… works on the open dossier.')
      await notice.getByRole('button', { name: 'Dismiss' }).click()

      // A dossier the app opened from a file: the page goes to it.
      await emit(page, { type: 'open-dossier', dossierId })
      await waitForDesk(page)
      expect(page.url()).toContain(`#dossier=${dossierId}`)

      // Find: the claim search, as `/` does.
      await emit(page, { type: 'find' })
      await expect.poll(() => focusedLabel(page)).toBe('Search claims')

      // Export ▸ CSV: the Export panel with CSV chosen.
      await emit(page, { type: 'export', format: 'csv' })
      const exportPanel = page.getByRole('dialog', { name: 'Export “Dam failure”' })
      await exportPanel.waitFor()
      expect(await exportPanel.getByRole('radio', { name: /^CSV/ }).isChecked()).toBe(true)
      await page.keyboard.press('Escape')
      await expect.poll(() => exportPanel.count()).toBe(0)
      await emit(page, { type: 'export', format: 'markdown' })
      await exportPanel.waitFor()
      expect(await exportPanel.getByRole('radio', { name: /^Markdown/ }).isChecked()).toBe(true)
      // Closed and asked for again in one task: the close event the old panel queued comes
      // after the command and must not shut the new one.
      const closeThenExport = { type: 'export', format: 'csv' }
      expect(
        await page.evaluate<number>(
          `(document.querySelector('dialog.export-panel').close(), window.__emitCommand(${JSON.stringify(closeThenExport)}))`,
        ),
      ).toBe(1)
      await exportPanel.waitFor()
      expect(await exportPanel.getByRole('radio', { name: /^CSV/ }).isChecked()).toBe(true)
      await page.keyboard.press('Escape')

      // Share…: the share panel of the open dossier.
      await emit(page, { type: 'share' })
      const sharePanel = page.getByRole('dialog', { name: 'Share “Dam failure”' })
      await sharePanel.waitFor()
      await page.keyboard.press('Escape')
      await expect.poll(() => sharePanel.count()).toBe(0)

      // Undo and Redo: the dossier's own history outside a field, the field's own inside one.
      await claimButton(page, 1).click()
      const pane = detailPane(page)
      await pane.locator('[data-action="edit-claim"]').click()
      const edit = pane.locator('form.edit-claim')
      await edit.getByLabel('Claim', { exact: true }).fill('Twenty-five people are missing')
      await edit.getByRole('button', { name: 'Save changes' }).click()
      await expect.poll(() => edit.count()).toBe(0)
      const detailText = () => pane.locator('.detail-text').textContent()
      expect(await detailText()).toBe('Twenty-five people are missing')
      await page.evaluate('document.activeElement?.blur()')
      await emit(page, { type: 'undo' })
      await expect.poll(detailText).toBe('Twenty-three people are missing')
      await emit(page, { type: 'redo' })
      await expect.poll(detailText).toBe('Twenty-five people are missing')
      const search = page.getByLabel('Search claims')
      // One edit, one undo step (keys typed one by one are grouped as the browser sees fit).
      await search.fill('operator')
      await emit(page, { type: 'undo' })
      await expect.poll(() => search.inputValue()).toBe('')
      expect(await detailText()).toBe('Twenty-five people are missing')
      await emit(page, { type: 'redo' })
      await expect.poll(() => search.inputValue()).toBe('operator')
      await search.fill('')

      // An invite link, from a dossier: the library's join form, filled in, waiting for Join.
      await emit(page, { type: 'join-invite', link: JOIN_LINK })
      const joinField = page.getByLabel('Invite link')
      await joinField.waitFor()
      expect(await joinField.inputValue()).toBe(JOIN_LINK)
      await expect.poll(() => focusedLabel(page)).toBe('Invite link')
      expect(page.url()).not.toContain('#dossier=')
      await page.getByRole('button', { name: 'Cancel' }).click()

      // New Dossier, from a dossier: the library's form, the cursor in its title.
      await page.goBack()
      await waitForDesk(page)
      await emit(page, { type: 'new-dossier' })
      await expect.poll(() => page.evaluate<string>('document.activeElement.id')).toMatch(/-title$/)
      expect(await focusedLabel(page)).toBe('Title')

      // Import Story… and Open Dossier File…: the form's own file chooser (the system's, in the
      // desktop app), opened as a click on it would.
      const storyChooser = page.waitForEvent('filechooser')
      await emit(page, { type: 'import-story' })
      const chooser = await storyChooser
      expect(await chooser.element().getAttribute('id')).toBe(
        await page.getByLabel('Story file').getAttribute('id'),
      )
      await chooser.setFiles({
        name: 'harbour.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(
          'Harbour fire\n\nThe fire service said 12 people were taken to hospital on Sunday.\n',
        ),
      })
      await page.locator('.story-import .form-done').first().waitFor({ timeout: 15_000 })
      const fileChooser = page.waitForEvent('filechooser')
      await emit(page, { type: 'open-dossier-file' })
      expect((await fileChooser).isMultiple()).toBe(false)
      expect(await focusedLabel(page)).toBe('.dossier file or JSON export')

      // Without the person's activation (should the desktop app not lend it), the chooser stays
      // shut and the file input takes the focus, for Space to open it.
      let choosers = 0
      page.on('filechooser', () => choosers++)
      await page.getByRole('heading', { name: 'Dossiers' }).click()
      const active = await page.evaluate<boolean>(`(async () => {
        const until = Date.now() + 10000
        while (navigator.userActivation.isActive && Date.now() < until)
          await new Promise((resolve) => setTimeout(resolve, 200))
        window.__emitCommand({ type: 'import-story' })
        return navigator.userActivation.isActive
      })()`)
      expect(active).toBe(false)
      await expect.poll(() => focusedLabel(page)).toBe('Story file')
      expect(choosers).toBe(0)

      expect(errors).toEqual([])
    } finally {
      await close()
    }
  }, 120_000)
})
