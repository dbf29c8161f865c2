import { describe, expect, it } from 'vitest'
import { claimButton, screenshot } from '../support/desk-page'
import { chromiumTitle, hasChromium, useServedChromium } from './support/served-chromium'
import { RECONNECTED, connectionState, twoPagesOnOneDossier } from './support/two-pages'

const title = chromiumTitle('a page notices a network that went silent')

/**
 * The page's real liveness window (src/renderer/sync/liveness.ts: 15 s of silence, then 5 s for
 * an answer; no test seam shortens it), plus time to render.
 */
const NOTICED = { timeout: 15_000 + 5_000 + 5_000 }
/** A reconnect after the backoff (at most 10 s), and the sync. */
const RATIONALE = 'Decided while the network was silently gone'

/**
 * A network that drops without closing the socket (Wi-Fi gone, a NAT timeout) used to leave the
 * page saying Live forever while its changes went nowhere. Against a real `dossier serve`, B's
 * line goes silent both ways: B must say Offline by itself within the liveness window, then be
 * Live again once the line is back, with the decision made meanwhile reaching A.
 */
describe.skipIf(!hasChromium)(title, () => {
  const served = useServedChromium()

  it('goes Offline by itself, then Live again with the change made offline shared', async () => {
    const { a, b, line, close } = await twoPagesOnOneDossier(served.browser())
    try {
      line.dropSilently()
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

      await line.restore()
      await expect.poll(() => connectionState(b.page), RECONNECTED).toBe('live')
      await claimButton(a.page, 1).locator('.badge-disputed').waitFor(RECONNECTED)
      await screenshot(b.page, 'silent-network-back')
      expect(a.errors).toEqual([])
      expect(b.errors).toEqual([])
    } catch (error) {
      await screenshot(a.page, 'silent-network-failure-a')
      await screenshot(b.page, 'silent-network-failure-b')
      throw error
    } finally {
      await close()
    }
  }, 150_000)
})
