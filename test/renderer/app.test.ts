import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { startStaticServer, type StaticServer } from '../../src/main/host/web/static-server'
import { createDeviceKey, signerFromKey } from '../../src/shared/identity'
import { createSampleDossier } from '../../src/shared/sample/sample-dossier'
import { STATUS_WORDS } from '../../src/shared/vocabulary'
import { buildRenderer } from '../support/build-renderer'
import {
  CHROMIUM_ARGS,
  claimButton,
  countButton,
  detailPane,
  openDeskPage,
  screenshot,
  waitForDesk,
} from '../support/desk-page'

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'
const hasChromium = existsSync(CHROMIUM)
const title = hasChromium
  ? 'the desk in Chromium'
  : `the desk in Chromium (SKIPPED: no Chromium at ${CHROMIUM}; install it or set CHROMIUM_PATH)`

/** What the UI must show, computed from the same sample in Node rather than written down. */
const expectedSample = () => {
  const dossier = createSampleDossier(new Y.Doc(), {
    editor: signerFromKey(createDeviceKey('Sample editor')),
    colleague: signerFromKey(createDeviceKey('Sample colleague')),
  })
  const claims = dossier.activeClaims().map((claim) => ({
    number: claim.index + 1,
    text: claim.text,
    label: claim.label,
    heads: claim.state.heads.length,
    quote: dossier.quote(claim.id),
  }))
  return { title: dossier.meta().title, claims, counts: dossier.counts() }
}

describe.skipIf(!hasChromium)(title, () => {
  const sample = expectedSample()
  let dir: string
  let server: StaticServer
  let browser: Browser

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'desk-renderer-'))
    await buildRenderer(dir)
    server = await startStaticServer({ root: dir })
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    if (dir !== undefined) await rm(dir, { recursive: true, force: true })
  })

  const conflicted = sample.claims.find((claim) => claim.label === 'conflict')
  const quoted = sample.claims.find(
    (claim) => claim.label !== 'conflict' && claim.quote.state === 'intact',
  )
  const undecided = sample.claims.find((claim) => claim.label === 'unverified')

  it('opens the sample dossier with its claims and its conflict', async () => {
    expect(conflicted, 'the sample has a claim in conflict').toBeDefined()
    const { page, errors, close } = await openDeskPage(browser, server.url)
    await waitForDesk(page)
    await expect.poll(() => page.locator('h1').textContent()).toBe(sample.title)
    const texts = await page.locator('.claim-list .claim-text').allTextContents()
    expect(texts).toEqual(sample.claims.map((claim) => claim.text))

    const conflictItem = claimButton(page, conflicted!.number)
    expect(await conflictItem.locator('.badge').textContent()).toContain('Conflict')
    // Status colours come from the vocabulary, set on the page at start-up, not from the CSS files.
    const rgb = (hex: string) =>
      `rgb(${[1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(', ')})`
    expect(
      await conflictItem
        .locator('.badge')
        .evaluate((badge) => [
          getComputedStyle(badge).color,
          getComputedStyle(badge).backgroundColor,
        ]),
    ).toEqual([rgb(STATUS_WORDS.conflict.colour.ink), rgb(STATUS_WORDS.conflict.colour.fill)])
    expect(await page.locator('.claim-item.in-conflict').count()).toBe(sample.counts.conflict)
    expect(await countButton(page, 'Conflict').locator('.count-number').textContent()).toBe(
      String(sample.counts.conflict),
    )
    // The desk opens on the conflict, naming each disagreeing decision.
    expect(await conflictItem.getAttribute('aria-current')).toBe('true')
    const notice = detailPane(page).locator('.conflict-notice .conflict-cards > li')
    expect(await notice.count()).toBe(conflicted!.heads)
    await expect.poll(() => page.locator('.signature-tampered').count()).toBe(0)
    await screenshot(page, 'sample-dossier')
    expect(errors).toEqual([])
    await close()
  })

  it('highlights the quote of the selected claim, and arrow keys move the selection', async () => {
    expect(quoted, 'the sample has a claim with an intact quote').toBeDefined()
    const { page, errors, close } = await openDeskPage(browser, server.url)
    await waitForDesk(page)
    await claimButton(page, quoted!.number).click()
    expect(await claimButton(page, quoted!.number).getAttribute('aria-current')).toBe('true')
    const mark = page.locator('.source-text mark.quote-selected')
    await expect
      .poll(() => mark.textContent())
      .toBe(quoted!.quote.state === 'intact' ? quoted!.quote.current : null)
    expect(await detailPane(page).locator('.detail-text').textContent()).toBe(quoted!.text)
    await screenshot(page, 'quote-highlight')

    const next = sample.claims[sample.claims.indexOf(quoted!) + 1]
    if (next !== undefined) {
      await claimButton(page, quoted!.number).focus()
      await page.keyboard.press('ArrowDown')
      await expect
        .poll(() => claimButton(page, next.number).getAttribute('aria-current'))
        .toBe('true')
      expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(next.text)
    }
    expect(errors).toEqual([])
    await close()
  })

  it('records a signed decision, updates the list, and keeps it after a reload', async () => {
    expect(undecided, 'the sample has an unverified claim').toBeDefined()
    const { page, errors, close } = await openDeskPage(browser, server.url)
    await waitForDesk(page)
    await page.getByRole('button', { name: 'Change name' }).click()
    await page.getByLabel('Your name').fill('Rosa Tester')
    await page.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => page.locator('.identity-name').textContent()).toBe('Rosa Tester')

    const item = claimButton(page, undecided!.number)
    await item.click()
    const form = page.locator('.decide form')
    await form.getByRole('radio', { name: /^Confirmed/ }).check()
    await form.getByLabel('Rationale').fill('Matched against the port log by two editors.')
    await form.getByRole('button', { name: 'Record decision' }).click()

    await expect.poll(() => item.locator('.badge').textContent()).toBe('Confirmed')
    expect(await countButton(page, 'Confirmed').locator('.count-number').textContent()).toBe(
      String(sample.counts.confirmed + 1),
    )
    const latest = detailPane(page).locator('.timeline-decision').last()
    expect(await latest.textContent()).toContain('Rosa Tester')
    expect(await latest.textContent()).toContain('Matched against the port log by two editors.')
    expect(await latest.locator('.signature').textContent()).toContain('Signed')

    await page.reload()
    await waitForDesk(page)
    await expect
      .poll(() => claimButton(page, undecided!.number).locator('.badge').textContent())
      .toBe('Confirmed')
    expect(await page.locator('.identity-name').textContent()).toBe('Rosa Tester')
    await claimButton(page, undecided!.number).click()
    await expect
      .poll(() => detailPane(page).locator('.timeline-decision').last().textContent())
      .toContain('Matched against the port log by two editors.')
    await screenshot(page, 'decided-after-reload')
    expect(errors).toEqual([])
    await close()
  })

  it('resolves the conflict with one decision that supersedes both', async () => {
    const { page, errors, close } = await openDeskPage(browser, server.url)
    await waitForDesk(page)
    await claimButton(page, conflicted!.number).click()
    const form = page.locator('.decide')
    expect(await form.textContent()).toContain('resolves both conflicting decisions')
    await form.getByRole('radio', { name: /^Disputed/ }).check()
    await form
      .getByLabel('Rationale')
      .fill('The two accounts cannot both hold; the figure is contested.')
    await form.getByRole('button', { name: 'Resolve conflict' }).click()

    await expect
      .poll(() => page.locator('.claim-item.in-conflict').count())
      .toBe(sample.counts.conflict - 1)
    expect(await claimButton(page, conflicted!.number).locator('.badge').textContent()).toBe(
      'Disputed',
    )
    expect(await detailPane(page).locator('.conflict-notice').count()).toBe(0)
    expect(await detailPane(page).locator('.timeline').textContent()).toContain(
      `Resolved ${conflicted!.heads} earlier decisions.`,
    )
    await screenshot(page, 'conflict-resolved')
    expect(errors).toEqual([])
    await close()
  })

  it('shows form errors, including the dossier’s own input errors', async () => {
    const { page, errors, close } = await openDeskPage(browser, server.url)
    await waitForDesk(page)
    const detail = detailPane(page)
    await detail.getByRole('button', { name: 'Add comment' }).click()
    await expect
      .poll(() => detail.getByRole('alert').textContent())
      .toBe('a comment cannot be empty')

    await detail.getByLabel('Add a comment').fill('Asked the agency for the original bulletin.')
    await detail.getByRole('button', { name: 'Add comment' }).click()
    await expect
      .poll(() => detail.locator('.comments').textContent())
      .toContain('Asked the agency for the original bulletin.')
    expect(await detail.getByRole('alert').count()).toBe(0)

    await detail
      .locator('.decide')
      .getByRole('radio', { name: /^Retracted/ })
      .check()
    await detail.locator('.decide').getByRole('button').click()
    await expect.poll(() => detail.getByRole('alert').textContent()).toContain('Give a rationale')
    await screenshot(page, 'form-errors')
    expect(errors).toEqual([])
    await close()
  })

  it('says so when the browser refuses IndexedDB, and can still open the sample unsaved', async () => {
    const { page, errors, close } = await openDeskPage(browser, server.url, {
      beforeLoad: (page) =>
        page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined })),
    })
    const alert = page.getByRole('alert')
    await expect.poll(() => alert.textContent()).toContain('IndexedDB is not available')
    await screenshot(page, 'storage-refused')
    await page.getByRole('button', { name: 'Open the sample without saving' }).click()
    await waitForDesk(page)
    expect(await page.locator('.banner-warning').first().textContent()).toContain(
      'Working without saving',
    )
    expect(await page.locator('.claim-list .claim-button').count()).toBe(sample.claims.length)
    expect(errors).toEqual([])
    await close()
  })
})
