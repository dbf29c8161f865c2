import { existsSync } from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'
import type { Browser } from 'playwright-core'
import { create as createQr } from 'qrcode'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ensureBuiltApp } from '../host/serve/support/built-app'
import { libraryWithDossier } from '../host/serve/support/serve-library'
import { killServes, startServe } from '../host/serve/support/serve-process'
import { cli } from '../support/run-cli'
import { CHROMIUM_ARGS, openDeskPage, screenshot, waitForDesk } from '../support/desk-page'
import { tempDir } from '../support/temp-dir'

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'
const hasChromium = existsSync(CHROMIUM)
const title = hasChromium
  ? 'sharing from the app to another host on the LAN (real dossier serve, Chromium)'
  : `sharing from the app to another host on the LAN (SKIPPED: no Chromium at ${CHROMIUM}; install it or set CHROMIUM_PATH)`

/**
 * The Share panel against real hosts: Alice's `dossier serve` (LAN endpoint on 127.0.0.1) serves
 * her page; Bob's host joins with the link the panel made; Alice sees Bob appear in the panel,
 * makes him a viewer there, and Bob's own app (served by his host) turns read-only.
 * (Edits crossing between hosts: test/host/lan-session/lan-co-editing.test.ts.)
 */
describe.skipIf(!hasChromium)(title, () => {
  let browser: Browser

  beforeAll(async () => {
    await ensureBuiltApp()
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  }, 180_000)
  afterEach(killServes)
  afterAll(async () => {
    await browser?.close()
  })

  it('creates an invite with its QR code; a second member joins and appears', async () => {
    const root = await tempDir()
    const aliceData = path.join(root, 'alice')
    const bobData = path.join(root, 'bob')
    await libraryWithDossier(aliceData)
    const run = (data: string, ...args: string[]) => cli([...args, '--data', data], { cwd: root })
    expect((await run(aliceData, 'identity', '--name', 'Alice Moreau')).code).toBe(0)
    expect((await run(bobData, 'identity', '--name', 'Bob Okafor')).code).toBe(0)
    const alice = await startServe({ dataDir: aliceData, args: ['--lan-listen', '127.0.0.1:0'] })
    const bob = await startServe({ dataDir: bobData, args: ['--lan-listen', '127.0.0.1:0'] })

    const { page, errors, close } = await openDeskPage(browser, alice.url)
    try {
      await page.locator('.connection[data-state="live"]').first().waitFor()
      await page.locator('.dossier-link').first().click()
      await waitForDesk(page)
      await page.getByRole('button', { name: 'Share…' }).click()
      const panel = page.getByRole('dialog', { name: /^Share/ })
      await panel.getByRole('heading', { name: 'In this session' }).waitFor()
      await panel.getByLabel('Role', { exact: true }).selectOption('editor')
      await panel.getByRole('button', { name: 'Create invite' }).click()
      const field = panel.getByLabel('Invite link', { exact: true })
      await expect.poll(() => field.inputValue()).toMatch(/^verification-desk:\/\/join\//)
      const link = await field.inputValue()
      // The link names the address the host actually listens on, and the QR code is the link.
      await expect.poll(() => panel.textContent()).toMatch(/127\.0\.0\.1:\d+/)
      const { modules } = createQr(link, { errorCorrectionLevel: 'M' })
      const dark = Array.from(modules.data).filter((bit) => bit === 1).length
      expect(await panel.locator('rect.qr-dark').count()).toBe(dark)
      await screenshot(page, 'share-lan-invite')

      // Bob's host joins with the link, as `dossier join` does through a running host.
      const joined = await run(bobData, 'join', link)
      expect({ code: joined.code, stderr: joined.stderr }).toEqual({ code: 0, stderr: '' })

      const bobRow = panel.locator('.member').filter({ hasText: 'Bob Okafor' })
      await bobRow.waitFor({ timeout: 15_000 })
      await expect
        .poll(() => bobRow.textContent(), { timeout: 15_000 })
        .toMatch(/online at 127\.0\.0\.1:\d+/)
      await screenshot(page, 'share-lan-member')

      // Bob opens the dossier in his own app, on his own host: he may decide, as an editor.
      const dossierId = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('dossier')!
      const bobPage = await openDeskPage(browser, `${bob.url}&dossier=${dossierId}`)
      try {
        await waitForDesk(bobPage.page)
        await bobPage.page.locator('.claim-list .claim-button').first().click()
        const decide = bobPage.page.getByRole('heading', { name: 'Decide the status' })
        await decide.waitFor()
        // His decision goes from his page to his host, across the LAN to Alice's host, and on
        // to her page.
        const form = bobPage.page.locator('.decide form')
        await form.getByRole('radio', { name: /^Confirmed/ }).check()
        await form.getByLabel('Rationale').fill('The provincial list and the agency count agree.')
        await form.getByRole('button', { name: 'Record decision' }).click()
        await expect
          .poll(() => page.locator('.status-summary').textContent(), { timeout: 30_000 })
          .toMatch(/1\s*Confirmed/)
        // And his presence: Alice's page lists the editor who has the dossier open on Bob's host.
        await expect
          .poll(() => page.locator('.presence-editor').count(), { timeout: 30_000 })
          .toBe(1)
        // Alice makes him a viewer in her Share panel; his app turns read-only as the change
        // reaches his host, and says why.
        await panel.getByLabel('Role of Bob Okafor').selectOption('viewer')
        const banner = bobPage.page.locator('.read-only')
        await banner.waitFor({ timeout: 30_000 })
        expect(await banner.textContent()).toMatch(/^You are a viewer of this dossier/)
        expect(await decide.count()).toBe(0)
        expect(await bobPage.page.getByRole('button', { name: 'Add comment' }).count()).toBe(0)
        await screenshot(bobPage.page, 'share-lan-viewer')
        expect(bobPage.errors).toEqual([])
      } finally {
        await bobPage.close()
      }

      expect(errors).toEqual([])
    } catch (error) {
      await screenshot(page, 'share-lan-failure')
      throw error
    } finally {
      await close()
      await alice.stop('SIGTERM')
      await bob.stop('SIGTERM')
    }
  }, 180_000)
})
