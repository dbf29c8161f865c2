import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Library } from '../../src/main/host/library/library'
import { Dossier } from '../../src/shared/dossier'
import { batches } from '../bench/fixtures'
import { claimInput, sourceText } from '../bench/sample-text'
import { startServe } from '../host/serve/support/serve-process'
import { alice } from '../support/dossier-fixtures'
import { chromiumTitle, hasChromium, useServedChromium } from './support/served-chromium'
import { claimButton, openDeskPage, screenshot, waitForDesk } from '../support/desk-page'

const title = chromiumTitle('the claim list at 10,000 claims')

const CLAIMS = 10_000
/** The bench's claims name two speakers only; these four take turns instead. */
const SPEAKERS = ['Harbour workers union', 'Interior ministry', 'Opposition alliance', 'Red Cross']
const SPEAKER = 'Interior ministry'
/** Every 251st claim is disputed (40 claims); those by SPEAKER are what both filters leave. */
const DISPUTED_EVERY = 251

interface BuiltLibrary {
  readonly dir: string
  /** Claim numbers (from 1) that are disputed and said by SPEAKER. */
  readonly disputedBySpeaker: readonly number[]
}

/** A library folder with one dossier of 10,000 claims, built through the real API, closed. */
const libraryWithLargeDossier = async (dir: string): Promise<BuiltLibrary> => {
  const disputedBySpeaker: number[] = []
  const library = await Library.open(dir)
  try {
    await library.add((doc) => {
      const { text, spans } = sourceText()
      const dossier = Dossier.create(doc, { title: 'Displacement figures', sourceText: text })
      const inputs = Array.from({ length: CLAIMS }, (_, index) => {
        const input = claimInput(index, spans)
        const who = SPEAKERS[index % SPEAKERS.length]!
        return { ...input, attribution: { ...input.attribution, who } }
      })
      const ids = batches(inputs).flatMap((batch) => dossier.addClaims(batch, alice))
      ids.forEach((claimId, index) => {
        if (index % DISPUTED_EVERY !== 0) return
        dossier.decide(claimId, { status: 'disputed', rationale: 'Figures differ.' }, alice)
        if (inputs[index]!.attribution.who === SPEAKER) disputedBySpeaker.push(index + 1)
      })
      return dossier
    })
  } finally {
    await library.close()
  }
  return { dir, disputedBySpeaker }
}

const rows = (page: Page) => page.locator('.claim-list .claim-button')

const shownNumbers = (page: Page): Promise<string[]> =>
  page.locator('.claim-list .claim-number').allTextContents()

const listCount = (page: Page): Promise<string | null> => page.locator('.list-count').textContent()

/** Whether claim `number`'s row lies wholly inside the scrolling list's box. */
const inView = (page: Page, number: number): Promise<boolean> =>
  page.evaluate(`(() => {
    const scroller = document.querySelector('.claim-scroller')
    const row = [...document.querySelectorAll('.claim-list .claim-button')].find(
      (button) => button.querySelector('.claim-number').textContent === '#${number}',
    )
    if (scroller === null || row === undefined) return false
    const outer = scroller.getBoundingClientRect()
    const inner = row.getBoundingClientRect()
    return inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1
  })()`)

/**
 * The claim list with a dossier of 10,000 claims, in the app against a real `dossier serve`: only
 * the rows in view are in the page, scrolling reaches the last claim, `#9999` finds that claim
 * alone, speaker and status filters narrow the list and go into the address, and that address
 * opens the same list in another page.
 */
describe.skipIf(!hasChromium)(title, () => {
  const served = useServedChromium()
  let built: BuiltLibrary
  /** Shared by both tests (built once: it takes seconds), so not a per-test `tempDir`. */
  let root: string | undefined

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'vdesk-claim-list-'))
    built = await libraryWithLargeDossier(path.join(root, 'data'))
  }, 180_000)
  afterAll(async () => {
    if (root !== undefined) await rm(root, { recursive: true, force: true })
  })

  it('renders only the rows in view, scrolls to the end and finds #9999 alone', async () => {
    const serve = await startServe({ dataDir: built.dir })
    const { page, errors, close } = await openDeskPage(served.browser(), serve.url)
    try {
      await page.locator('.dossier-link').first().click()
      await waitForDesk(page)
      await expect.poll(() => listCount(page), { timeout: 30_000 }).toBe('10000 claims')
      const rendered = await rows(page).count()
      expect(rendered).toBeGreaterThan(5)
      expect(rendered).toBeLessThan(60)
      expect(await page.locator('.claim-list').getAttribute('role')).toBe('list')
      expect(await page.locator('.claim-item').first().getAttribute('aria-setsize')).toBe('10000')

      await page.evaluate(`(() => {
        const scroller = document.querySelector('.claim-scroller')
        scroller.scrollTop = scroller.scrollHeight
      })()`)
      await expect.poll(() => inView(page, CLAIMS)).toBe(true)
      expect(await rows(page).count()).toBeLessThan(60)
      expect(
        await claimButton(page, CLAIMS).locator('xpath=..').getAttribute('aria-posinset'),
      ).toBe('10000')
      await screenshot(page, 'claim-list-1-end')

      const search = page.getByLabel('Search claims')
      await search.fill('#9999')
      await expect.poll(() => shownNumbers(page)).toEqual(['#9999'])
      expect(await listCount(page)).toBe('1 of 10000 claims')
      // Typing writes the address once it pauses (a replaceState a keystroke was a tenth of it).
      await expect.poll(() => page.url()).toContain('q=%239999')

      // Opened while the list is searched, then shown in the whole list: it is scrolled to.
      await claimButton(page, 9999).click()
      await search.fill('')
      await expect.poll(() => inView(page, 9999)).toBe(true)
      // j opens the next claim and the list follows it.
      await page.locator('.source-text').focus()
      await page.keyboard.press('j')
      await expect
        .poll(() => page.locator('.claim-button[aria-current="true"] .claim-number').textContent())
        .toBe('#10000')
      await expect.poll(() => inView(page, 10_000)).toBe(true)
      expect(errors).toEqual([])
    } finally {
      await close()
    }
  }, 180_000)

  it('narrows by speaker and status, keeps it in the address, and reopens it from there', async () => {
    const expected = built.disputedBySpeaker.map((number) => `#${number}`)
    expect(expected.length).toBeGreaterThan(5)
    const serve = await startServe({ dataDir: built.dir })
    const { page, errors, close } = await openDeskPage(served.browser(), serve.url)
    try {
      await page.locator('.dossier-link').first().click()
      await waitForDesk(page)
      await page.getByLabel('Speaker', { exact: true }).selectOption(SPEAKER)
      await page.getByLabel('Status', { exact: true }).selectOption('disputed')
      await expect.poll(() => shownNumbers(page)).toEqual(expected)
      expect(await listCount(page)).toBe(`${expected.length} of 10000 claims`)
      // Written just after the frame that shows the list (replaceState is kept out of that frame).
      await expect
        .poll(() => page.url())
        .toMatch(/#dossier=m_[0-9a-z]+&status=disputed&speaker=Interior%20ministry$/)
      const address = page.url()
      // Replaced, not pushed: one entry for the library, one for the dossier, none per filter.
      expect(await page.evaluate('history.length')).toBeLessThanOrEqual(3)

      // Another tab of the same browser (which holds the host's key, as any editor's does).
      const again = await page.context().newPage()
      again.on('pageerror', (error) => errors.push(`page error: ${error.message}`))
      await again.goto(address)
      await waitForDesk(again)
      await expect.poll(() => shownNumbers(again)).toEqual(expected)
      expect(await again.getByLabel('Speaker', { exact: true }).inputValue()).toBe(SPEAKER)
      expect(await again.getByLabel('Status', { exact: true }).inputValue()).toBe('disputed')
      expect(await listCount(again)).toBe(`${expected.length} of 10000 claims`)
      expect(again.url()).toBe(address)
      await screenshot(again, 'claim-list-2-filtered')
      expect(errors).toEqual([])
    } finally {
      await close()
    }
  }, 180_000)

  it('keeps a search typed key by key in the address, even when a link is followed at once', async () => {
    const serve = await startServe({ dataDir: built.dir })
    const { page, errors, close } = await openDeskPage(served.browser(), serve.url)
    try {
      await page.locator('.dossier-link').first().click()
      await waitForDesk(page)
      const search = page.getByLabel('Search claims')
      await search.pressSequentially('#9999')
      await expect.poll(() => shownNumbers(page)).toEqual(['#9999'])
      // Straight to the library, before the typing has paused for long: the search goes first.
      await page.locator('.back-to-library').first().click()
      await expect.poll(() => page.locator('.dossier-link').count()).toBeGreaterThan(0)
      await page.goBack()
      await waitForDesk(page)
      expect(page.url()).toContain('q=%239999')
      expect(await page.getByLabel('Search claims').inputValue()).toBe('#9999')
      await expect.poll(() => shownNumbers(page)).toEqual(['#9999'])
      expect(errors).toEqual([])
    } finally {
      await close()
    }
  }, 180_000)
})
