import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { libraryWithDossier } from '../host/serve/support/serve-library'
import { startServe } from '../host/serve/support/serve-process'
import { claimButton, openDeskPage, screenshot, waitForDesk } from '../support/desk-page'
import type { DeskPage } from '../support/desk-page'
import { cuttableLine } from './support/cuttable-line'
import type { CuttableLine } from './support/cuttable-line'
import { chromiumTitle, hasChromium, useServedChromium } from './support/served-chromium'
import { tempDir } from '../support/temp-dir'

const title = chromiumTitle('a page notices a network that went silent')

/**
 * The page's real liveness window (src/renderer/sync/liveness.ts: 15 s of silence, then 5 s for
 * an answer; no test seam shortens it), plus time to render.
 */
const NOTICED = { timeout: 15_000 + 5_000 + 5_000 }
/** A reconnect after the backoff (at most 10 s), and the sync. */
const SOON = { timeout: 20_000 }
const RATIONALE = 'Decided while the network was silently gone'

const connectionState = (page: Page): Promise<string | null> =>
  page.locator('.connection').first().getAttribute('data-state')

/**
 * A network that drops without closing the socket (Wi-Fi gone, a NAT timeout) used to leave the
 * page saying Live forever while its changes went nowhere. Against a real `dossier serve`, B's
 * line goes silent both ways: B must say Offline by itself within the liveness window, then be
 * Live again once the line is back, with the decision made meanwhile reaching A.
 */
describe.skipIf(!hasChromium)(title, () => {
  const served = useServedChromium()

  it('goes Offline by itself, then Live again with the change made offline shared', async () => {
    const data = path.join(await tempDir(), 'data')
    const dossierId = await libraryWithDossier(data)
    const serve = await startServe({ dataDir: data })
    const address = `${serve.url}&dossier=${dossierId}`
    const pages: DeskPage[] = []
    try {
      const a = await openDeskPage(served.browser(), address)
      pages.push(a)
      let line: CuttableLine | undefined
      const b = await openDeskPage(served.browser(), address, {
        beforeLoad: async (page) => (line = await cuttableLine(page)),
      })
      pages.push(b)
      for (const { page } of [a, b]) {
        await waitForDesk(page)
        await expect.poll(() => connectionState(page), SOON).toBe('live')
      }

      line!.dropSilently()
      const dropped = Date.now()
      expect(await connectionState(b.page)).toBe('live')
      await expect.poll(() => connectionState(b.page), NOTICED).toBe('offline')
      const noticedAfterMs = Date.now() - dropped
      expect(noticedAfterMs).toBeLessThan(NOTICED.timeout)
      await screenshot(b.page, 'silent-network-offline')

      // A change made while offline stays here, and goes to the host once the line is back.
      await claimButton(b.page, 1).click()
      const form = b.page.locator('.decide form')
      await form.getByRole('radio', { name: /^Disputed/ }).check()
      await form.getByLabel('Rationale').fill(RATIONALE)
      await form.getByRole('button', { name: 'Record decision' }).click()
      await claimButton(b.page, 1).locator('.badge-disputed').waitFor()
      expect(await claimButton(a.page, 1).locator('.badge-disputed').count()).toBe(0)

      await line!.restore()
      await expect.poll(() => connectionState(b.page), SOON).toBe('live')
      await claimButton(a.page, 1).locator('.badge-disputed').waitFor(SOON)
      await screenshot(b.page, 'silent-network-back')
      expect(a.errors).toEqual([])
      expect(b.errors).toEqual([])
    } catch (error) {
      for (const [index, { page }] of pages.entries()) {
        await screenshot(page, `silent-network-failure-${index === 0 ? 'a' : 'b'}`)
      }
      throw error
    } finally {
      for (const page of pages) await page.close()
      await serve.stop('SIGTERM')
    }
  }, 150_000)
})
