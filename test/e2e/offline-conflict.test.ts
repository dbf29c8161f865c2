import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { claimButton, detailPane, screenshot, renameEditor } from '../support/desk-page'
import { chromiumTitle, hasChromium, useServedChromium } from './support/served-chromium'
import { RECONNECTED, connectionState, twoPagesOnOneDossier } from './support/two-pages'

const title = chromiumTitle('two editors decide apart while one is offline')

const ALMA = 'Alma Reyes'
const BRUNO = 'Bruno Keller'
const ALMA_RATIONALE = 'The river authority confirmed 23 names at noon'
const BRUNO_RATIONALE = 'The hospital lists only 19 admissions'

const decide = async (
  page: Page,
  status: 'Confirmed' | 'Disputed',
  rationale: string,
): Promise<void> => {
  const form = page.locator('.decide form')
  await form.getByRole('radio', { name: new RegExp(`^${status}`) }).check()
  await form.getByLabel('Rationale').fill(rationale)
  await form.getByRole('button', { name: 'Record decision' }).click()
}

const conflictCount = (page: Page): Promise<string> =>
  page.locator('.status-summary .count-conflict .count-number').innerText()

/** Who else the page says has the dossier open, by name (an empty list: alone). */
const othersHere = (page: Page): Promise<string[]> =>
  page.locator('.presence .presence-name').allTextContents()

/** What Chromium logs for each request refused while the context is offline. */
const OFFLINE_REQUEST = /^console: Failed to load resource: net::ERR_INTERNET_DISCONNECTED$/

/** Each decision in the history as "author: status, signature state, “rationale”". */
const decisionSummaries = (decisions: Locator): Promise<string[]> =>
  decisions.evaluateAll((items) =>
    items.map((item) => {
      const text = (selector: string): string =>
        item.querySelector(selector)?.textContent?.trim() ?? '(none)'
      const signed = item.querySelector('.signature-signed') === null ? 'not signed' : 'signed'
      return `${text('strong')}: ${text('.badge')}, ${signed}, “${text('q.rationale')}”`
    }),
  )

const conflictCards = (page: Page): Locator => detailPane(page).locator('.conflict-card')

/**
 * The editor's case, against a real `dossier serve`: two pages (two browser profiles, two
 * device keys) on one dossier. B loses the host; A confirms claim #1 while B disputes it. When B
 * is back both see the conflict side by side, A keeps B's decision, and both see it resolved with
 * the three signed decisions in the history.
 */
describe.skipIf(!hasChromium)(title, () => {
  const served = useServedChromium()

  it('shows the conflict on both pages after B reconnects, and A resolves it', async () => {
    const { a, b, line, close } = await twoPagesOnOneDossier(served.browser())
    try {
      for (const [{ page }, name] of [
        [a, ALMA],
        [b, BRUNO],
      ] as const) {
        await renameEditor(page, name)
        await claimButton(page, 1).click()
        await detailPane(page).locator('h2', { hasText: 'Claim #1' }).waitFor()
      }

      // Each sees the other through the host.
      await expect.poll(() => othersHere(a.page), RECONNECTED).toEqual([BRUNO])
      await expect.poll(() => othersHere(b.page), RECONNECTED).toEqual([ALMA])

      // B loses the host: its socket is cut and every new one fails, while A stays live. The
      // host itself saw B go: A is alone.
      await line.cut()
      await expect.poll(() => connectionState(b.page), RECONNECTED).toBe('offline')
      await expect.poll(() => othersHere(a.page), RECONNECTED).toEqual([])
      await a.page.locator('.presence-alone').waitFor()
      expect(await connectionState(a.page)).toBe('live')

      await decide(a.page, 'Confirmed', ALMA_RATIONALE)
      await decide(b.page, 'Disputed', BRUNO_RATIONALE)
      await claimButton(a.page, 1).locator('.badge-confirmed').waitFor()
      await claimButton(b.page, 1).locator('.badge-disputed').waitFor()
      // Apart, neither has heard of the other's decision.
      expect(await conflictCount(a.page)).toBe('0')
      expect(await conflictCount(b.page)).toBe('0')
      expect(await connectionState(b.page)).toBe('offline')
      await screenshot(b.page, 'offline-conflict-b-offline')

      // B is back: it reconnects by itself and both sides catch up.
      await line.restore()
      await expect.poll(() => connectionState(b.page), RECONNECTED).toBe('live')
      await expect.poll(() => othersHere(a.page), RECONNECTED).toEqual([BRUNO])
      for (const [{ page }, side] of [
        [a, 'a'],
        [b, 'b'],
      ] as const) {
        await expect.poll(() => conflictCount(page), RECONNECTED).toBe('1')
        await claimButton(page, 1).locator('.badge-conflict').waitFor(RECONNECTED)
        const cards = conflictCards(page)
        await expect.poll(() => cards.count(), RECONNECTED).toBe(2)
        const almas = cards.filter({ hasText: ALMA })
        const brunos = cards.filter({ hasText: BRUNO })
        await almas.getByText(ALMA_RATIONALE).waitFor()
        await brunos.getByText(BRUNO_RATIONALE).waitFor()
        await almas.locator('.badge-confirmed').waitFor()
        await brunos.locator('.badge-disputed').waitFor()
        await almas.locator('.signature-signed').waitFor()
        await brunos.locator('.signature-signed').waitFor()
        const [left, right] = await Promise.all([almas.boundingBox(), brunos.boundingBox()])
        expect(Math.abs(left!.y - right!.y)).toBeLessThan(2)
        expect(left!.x).not.toBe(right!.x)
        await detailPane(page).locator('.conflict-notice').scrollIntoViewIfNeeded()
        await screenshot(page, `offline-conflict-${side}-light`)
        await page.getByLabel('Theme').selectOption('dark')
        await screenshot(page, `offline-conflict-${side}-dark`)
        await page.getByLabel('Theme').selectOption('light')
      }

      // A keeps B's decision: one signed decision superseding both.
      await conflictCards(a.page)
        .filter({ hasText: BRUNO })
        .getByRole('button', { name: new RegExp(`^Keep this one: record ${BRUNO}’s decision`) })
        .click()
      const kept = `Kept ${BRUNO}’s decision from the conflict: ${BRUNO_RATIONALE}`
      for (const [{ page }, side] of [
        [a, 'a'],
        [b, 'b'],
      ] as const) {
        await expect.poll(() => conflictCount(page), RECONNECTED).toBe('0')
        await expect.poll(() => conflictCards(page).count(), RECONNECTED).toBe(0)
        await claimButton(page, 1).locator('.badge-disputed').waitFor(RECONNECTED)
        expect(await claimButton(page, 1).locator('.badge-conflict').count()).toBe(0)
        await detailPane(page).locator('.detail-header .badge-disputed').waitFor()
        const decisions = detailPane(page).locator('.timeline-decision')
        await expect.poll(() => decisions.count(), RECONNECTED).toBe(3)
        // The two decisions made apart, then the one resolving them, each signed by its author.
        expect(await decisionSummaries(decisions)).toEqual([
          `${ALMA}: Confirmed, signed, “${ALMA_RATIONALE}”`,
          `${BRUNO}: Disputed, signed, “${BRUNO_RATIONALE}”`,
          `${ALMA}: Disputed, signed, “${kept}”`,
        ])
        const resolution = decisions.filter({ hasText: kept })
        await resolution.getByText('Resolved 2 earlier decisions.').waitFor()
        await resolution.scrollIntoViewIfNeeded()
        await screenshot(page, `offline-conflict-${side}-resolved`)
      }
      expect(a.errors).toEqual([])
      expect(b.errors.filter((error) => !OFFLINE_REQUEST.test(error))).toEqual([])
    } catch (error) {
      await screenshot(a.page, 'offline-conflict-failure-a')
      await screenshot(b.page, 'offline-conflict-failure-b')
      throw error
    } finally {
      await close()
    }
  }, 180_000)
})
