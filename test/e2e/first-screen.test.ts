import path from 'node:path'
import type { Page, Route } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { Library } from '../../src/main/host/library/library'
import { Dossier } from '../../src/shared/dossier'
import { CLAIM_TEXTS } from '../host/serve/support/serve-library'
import { startServe } from '../host/serve/support/serve-process'
import { SOURCE, alice } from '../support/dossier-fixtures'
import { claimButton, detailPane, screenshot, waitForDesk } from '../support/desk-page'
import { tempDir } from '../support/temp-dir'
import { chromiumTitle, hasChromium, useServedChromium } from './support/served-chromium'
import { axeFindings } from './support/axe-findings'

/** The words of src/renderer/first-screen/FirstScreen.tsx (this project cannot import the renderer). */
const NOTE = 'Opening this device’s copy… (the statuses shown are as last checked here)'

const title = chromiumTitle('the first screen drawn from this device’s record while the copy loads')

/** Three claims by alice, the second disputed (so the heads' check has a signature to check). */
const libraryWithDecision = async (dir: string): Promise<string> => {
  const library = await Library.open(dir)
  try {
    return await library.add((doc) => {
      const dossier = Dossier.create(doc, { title: 'Dam failure', sourceText: SOURCE })
      const ids = dossier.addClaims(
        CLAIM_TEXTS.map((text) => ({
          text,
          attribution: { who: 'River authority' },
          kind: 'figure',
        })),
        alice,
      )
      dossier.decide(ids[1]!, { status: 'disputed', rationale: 'The count differs.' }, alice)
      return dossier
    })
  } finally {
    await library.close()
  }
}

/** What the page showed first, noted as the DOM changes (installed before the app's scripts). */
interface Seen {
  firstScreenAt: number | null
  busy: string | null
  rows: number
  note: string | null
  badges: string[]
  liveAt: number | null
}

const WATCH = `
  const seen = { firstScreenAt: null, busy: null, rows: 0, note: null, badges: [], liveAt: null }
  window.__seen = seen
  new MutationObserver(() => {
    if (seen.firstScreenAt === null) {
      const row = document.querySelector('.first-screen .first-screen-row')
      if (row !== null) {
        seen.firstScreenAt = performance.now()
        seen.busy = row.closest('[aria-busy]')?.getAttribute('aria-busy') ?? null
        seen.rows = document.querySelectorAll('.first-screen-row').length
        seen.note = document.querySelector('.first-screen-note')?.textContent ?? null
        seen.badges = [...document.querySelectorAll('.first-screen-row .badge')].map((b) => b.textContent)
      }
    }
    if (seen.liveAt === null && document.querySelector('.claim-list .claim-button') !== null)
      seen.liveAt = performance.now()
  }).observe(document, { childList: true, subtree: true })
`

const seen = (page: Page): Promise<Seen> => page.evaluate('window.__seen') as Promise<Seen>

/** The first screen records in the page's localStorage, by key. */
const records = (page: Page): Promise<Record<string, string>> =>
  page.evaluate(`Object.fromEntries(
    Object.keys(localStorage)
      .filter((key) => key.startsWith('vdesk:first-screen:'))
      .map((key) => [key, localStorage.getItem(key)]),
  )`) as Promise<Record<string, string>>

const SOON = { timeout: 15_000 }

/**
 * A dossier opened once saves its first screen record; reloaded, the page draws that record's
 * rows (busy, saying what they are) before the copy has loaded, and the real, working list
 * replaces them. A damaged record is ignored. The service worker is blocked so that the route
 * can hold the verify workers' script, which keeps the first screen up long enough to look at.
 */
describe.skipIf(!hasChromium)(title, () => {
  const served = useServedChromium()

  it('draws the saved first screen on reload, then the interactive desk replaces it', async () => {
    const data = path.join(await tempDir(), 'data')
    const id = await libraryWithDecision(data)
    const serve = await startServe({ dataDir: data })
    const context = await served.browser().newContext({
      viewport: { width: 1440, height: 900 },
      serviceWorkers: 'block',
    })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`)
    })
    page.setDefaultTimeout(15_000)
    await page.addInitScript({ content: WATCH })
    try {
      await page.goto(serve.url)
      await page.locator(`.dossier-item[data-dossier="${id}"] a.dossier-link`).click()
      await waitForDesk(page)
      await claimButton(page, 3).waitFor()
      expect((await seen(page)).firstScreenAt).toBeNull()

      // The record is saved once the list has been painted from the checked copy.
      await expect.poll(async () => Object.keys(await records(page)).length, SOON).toBe(1)
      const [key, text] = Object.entries(await records(page))[0]!
      expect(key).toBe(`vdesk:first-screen:${new URL(serve.url).origin}:${id}`)
      const record = JSON.parse(text) as { rows: { text: string; label: string }[]; title: string }
      expect(record.title).toBe('Dam failure')
      expect(record.rows.map((row) => [row.text, row.label])).toEqual([
        [CLAIM_TEXTS[0], 'unverified'],
        [CLAIM_TEXTS[1], 'disputed'],
        [CLAIM_TEXTS[2], 'unverified'],
      ])

      // Reloaded: the record's rows first, busy and labelled, then the desk itself.
      await page.reload()
      await claimButton(page, 3).waitFor()
      const first = await seen(page)
      expect(first.firstScreenAt).not.toBeNull()
      expect(first.liveAt).not.toBeNull()
      expect(first.firstScreenAt!).toBeLessThanOrEqual(first.liveAt!)
      expect(first).toMatchObject({ busy: 'true', rows: 3, note: NOTE })
      expect(first.badges).toEqual(['Unverified', 'Disputed', 'Unverified'])
      expect(await page.locator('.first-screen').count()).toBe(0)
      expect(await page.locator('[aria-busy="true"]').count()).toBe(0)
      await claimButton(page, 2).click()
      await expect.poll(() => detailPane(page).textContent(), SOON).toContain(CLAIM_TEXTS[1])
      expect(await claimButton(page, 2).getAttribute('aria-current')).toBe('true')

      // Held on the first screen (the verify workers' script withheld) to look at it.
      const held: Route[] = []
      await context.route(/verify-worker/, (route) => void held.push(route))
      await page.reload()
      await page.locator('.first-screen .first-screen-row').first().waitFor()
      await screenshot(page, 'first-screen-light')
      await page.emulateMedia({ colorScheme: 'dark' })
      await screenshot(page, 'first-screen-dark')
      expect(await page.locator('.first-screen').count()).toBe(1)
      expect(await page.locator('.first-screen button').count()).toBe(0)
      expect(await axeFindings(page)).toEqual([])
      for (const route of held) await route.continue()
      await context.unroute(/verify-worker/)
      await claimButton(page, 3).waitFor()
      await page.emulateMedia({ colorScheme: 'light' })

      // A damaged record is ignored: the desk opens as it would without one, and saves anew.
      // Written as the next page starts: the page being left saves its own record on its way out.
      const damaged = `{"version":1,"dossierId":"${id}","rows":"all confirmed"`
      await page.addInitScript({
        content: `if (sessionStorage.getItem('damaged') === null) {
          sessionStorage.setItem('damaged', 'yes')
          localStorage.setItem(${JSON.stringify(key)}, ${JSON.stringify(damaged)})
        }`,
      })
      await page.reload()
      await claimButton(page, 3).waitFor()
      expect((await seen(page)).firstScreenAt).toBeNull()
      await expect
        .poll(async () => {
          const saved = (await records(page))[key]
          try {
            return (JSON.parse(saved ?? '') as { rows: unknown[] }).rows.length
          } catch {
            return 0
          }
        }, SOON)
        .toBe(3)
      expect(errors).toEqual([])
    } finally {
      await context.close()
      await serve.stop('SIGTERM')
    }
  }, 120_000)
})
