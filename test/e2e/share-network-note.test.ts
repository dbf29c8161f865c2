import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { DeskApi } from '../../src/shared/ipc/desk-api'
import { libraryWithDossier } from '../host/serve/support/serve-library'
import { startServe } from '../host/serve/support/serve-process'
import { openDeskPage, screenshot, waitForDesk } from '../support/desk-page'
import { tempDir } from '../support/temp-dir'
import { chromiumTitle, hasChromium, useServedChromium } from './support/served-chromium'

const title = chromiumTitle('the Share panel says what Windows or macOS will ask')

/**
 * Makes the served page believe it runs in the desktop app on `os`. The page still syncs with
 * `dossier serve` over its WebSocket: a page opened with the host's token takes that host before
 * it looks at `window.desk` (src/renderer/app/host-mode.ts), so `connect` is never called, and
 * it fails loudly if it is.
 */
const pretendDesktop = async (page: Page, os: DeskApi['os']): Promise<void> => {
  await page.addInitScript((system) => {
    const never = () => () => undefined
    Object.defineProperty(globalThis, 'desk', {
      value: Object.freeze({
        platform: 'electron',
        version: 'test',
        os: system,
        connect: () => Promise.reject(new Error('this test syncs through dossier serve')),
        onHostStopped: never,
        onHostStatus: never,
        onCommand: never,
      }),
    })
  }, os)
}

const openSharePanel = async (page: Page) => {
  await page.getByRole('button', { name: 'Share…' }).click()
  const panel = page.getByRole('dialog', { name: /^Share/ })
  await panel.getByRole('heading', { name: 'Invite someone' }).waitFor()
  return panel
}

describe.skipIf(!hasChromium)(title, () => {
  const served = useServedChromium()

  it('on Windows: explains the firewall prompt before the first invite, in both themes, then not', async () => {
    const data = path.join(await tempDir(), 'data')
    await libraryWithDossier(data)
    const serve = await startServe({ dataDir: data, args: ['--lan-listen', '127.0.0.1:0'] })
    const { page, errors, close } = await openDeskPage(served.browser(), serve.url, {
      beforeLoad: (tab) => pretendDesktop(tab, 'win32'),
    })
    try {
      await page.locator('.connection[data-state="live"]').first().waitFor()
      await page.locator('.dossier-link').first().click()
      await waitForDesk(page)
      const panel = await openSharePanel(page)
      const note = panel.getByRole('note', { name: 'Windows will ask about the network' })
      await note.waitFor()
      expect(await note.textContent()).toMatch(/Allow it on private networks/)
      // Before the button that triggers the prompt, where it is read first.
      const FOLLOWING = 4 // Node.DOCUMENT_POSITION_FOLLOWING
      const order = await panel.evaluate((dialog, following) => {
        const noteBox = dialog.querySelector('.network-permission-note')
        const button = [...dialog.querySelectorAll('button')].find(
          (element) => element.textContent === 'Create invite',
        )
        return noteBox !== null && button !== undefined
          ? noteBox.compareDocumentPosition(button) & following
          : 0
      }, FOLLOWING)
      expect(order).not.toBe(0)
      await screenshot(page, 'share-network-note-windows-light')

      await panel.getByRole('button', { name: 'Close' }).click()
      await page.getByLabel('Theme').selectOption('dark')
      const darkPanel = await openSharePanel(page)
      await darkPanel.getByRole('note').waitFor()
      await screenshot(page, 'share-network-note-windows-dark')

      // Once this computer listens, the question has been asked: the note goes.
      await darkPanel.getByRole('button', { name: 'Create invite' }).click()
      await darkPanel.getByLabel('Invite link', { exact: true }).waitFor()
      await expect.poll(() => darkPanel.getByRole('note').count()).toBe(0)
      expect(errors).toEqual([])
    } finally {
      await close()
    }
  }, 120_000)

  it('on macOS: explains the local network prompt; in a browser tab: says nothing', async () => {
    const data = path.join(await tempDir(), 'data')
    await libraryWithDossier(data)
    const serve = await startServe({ dataDir: data, args: ['--lan-listen', '127.0.0.1:0'] })
    const mac = await openDeskPage(served.browser(), serve.url, {
      beforeLoad: (tab) => pretendDesktop(tab, 'darwin'),
    })
    try {
      await mac.page.locator('.dossier-link').first().click()
      await waitForDesk(mac.page)
      const panel = await openSharePanel(mac.page)
      const note = panel.getByRole('note', { name: 'macOS will ask about the local network' })
      expect(await note.textContent()).toMatch(/Privacy & Security, Local Network/)
      await screenshot(mac.page, 'share-network-note-macos-light')
      expect(mac.errors).toEqual([])
    } finally {
      await mac.close()
    }

    const browser = await openDeskPage(served.browser(), serve.url)
    try {
      await browser.page.locator('.dossier-link').first().click()
      await waitForDesk(browser.page)
      const panel = await openSharePanel(browser.page)
      await panel.getByRole('heading', { name: 'In this session' }).waitFor()
      expect(await panel.getByRole('note').count()).toBe(0)
      expect(browser.errors).toEqual([])
    } finally {
      await browser.close()
    }
  }, 120_000)
})
