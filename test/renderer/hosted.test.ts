import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Dossier } from '../../src/shared/dossier'
import { createSampleDossier } from '../../src/shared/sample/sample-dossier'
import { buildRenderer } from '../support/build-renderer'
import {
  CHROMIUM_ARGS,
  claimButton,
  countButton,
  detailPane,
  openDeskPage,
  screenshot,
  waitForDesk,
  renameEditor,
} from '../support/desk-page'
import type { DeskPage } from '../support/desk-page'
import { startDeskHost } from '../support/desk-host'
import type { DeskHost } from '../support/desk-host'
import { alice, bob, carol } from '../support/dossier-fixtures'
import { MemoryLibrary } from '../support/memory-library'

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'
const hasChromium = existsSync(CHROMIUM)
const title = hasChromium
  ? 'the desk with a host, in Chromium'
  : `the desk with a host, in Chromium (SKIPPED: no Chromium at ${CHROMIUM}; install it or set CHROMIUM_PATH)`

/** Long enough for a reconnect after the backoff has grown (its cap is 10 s). */
const RECONNECT_MS = 20_000

const STORY = [
  '# Warehouse fire on the east quay',
  '',
  'The fire brigade said 3 workers were taken to hospital on Friday night.',
  'A union representative later said 7 workers had been treated for smoke.',
  'The warehouse owner denied that the sprinklers had been switched off.',
].join('\n')

/** While the host is down, the browser logs each failed attempt to reach it: those are expected. */
const unexpected = (errors: readonly string[]) =>
  errors.filter(
    (error) => !/WebSocket connection to .* failed|net::ERR_CONNECTION_REFUSED/.test(error),
  )

const connection = (page: Page) => page.locator('.connection').first()

const waitForState = (page: Page, state: string, timeout = RECONNECT_MS) =>
  page.locator(`.connection[data-state="${state}"]`).first().waitFor({ timeout })

describe.skipIf(!hasChromium)(title, () => {
  let dir: string
  let browser: Browser
  let library: MemoryLibrary
  let dossierId: string
  let token: string
  let host: DeskHost
  const pages: DeskPage[] = []

  const startHost = async (port?: number) => {
    host = await startDeskHost({
      docs: library,
      rpc: library.rpc,
      token,
      root: dir,
      ...(port === undefined ? {} : { port }),
    })
  }

  const open = async (url: string): Promise<DeskPage> => {
    const opened = await openDeskPage(browser, url)
    pages.push(opened)
    return opened
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'desk-hosted-'))
    await buildRenderer(dir)
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  })

  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close()
    await host?.stop()
  })

  afterAll(async () => {
    await browser?.close()
    if (dir !== undefined) await rm(dir, { recursive: true, force: true })
  })

  const freshLibrary = async () => {
    library = new MemoryLibrary(carol)
    dossierId = library.add(createSampleDossier(new Y.Doc(), { editor: alice, colleague: bob }))
    token = randomBytes(16).toString('hex')
    await startHost()
  }

  it('lists the host’s library, hides the token, and imports a story', async () => {
    await freshLibrary()
    const { page, errors } = await open(host.tokenUrl)
    await waitForState(page, 'live')
    expect(page.url()).not.toContain(token)
    // The tab keeps the token for reloads.
    await page.reload()
    await waitForState(page, 'live')
    const sample = library.summary(dossierId)
    const item = page.locator('.dossier-item').filter({ hasText: sample.title })
    await expect.poll(() => item.count()).toBe(1)
    expect(await item.textContent()).toContain(`${sample.claims} claims`)
    expect(await item.locator('.badge-conflict').textContent()).toBe(
      `${sample.counts.conflict} conflict`,
    )

    await page.getByLabel('Story file').setInputFiles({
      name: 'warehouse-fire.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from(STORY),
    })
    const done = page.locator('.story-import .form-done')
    await expect
      .poll(() => done.textContent())
      .toContain('Imported “Warehouse fire on the east quay”')
    await expect.poll(() => page.locator('.dossier-item').count()).toBe(2)
    await screenshot(page, 'host-library')

    // The imported dossier opens like any other, with the claims the host found in it.
    await done.getByRole('link', { name: 'Open it' }).click()
    await waitForDesk(page)
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('Warehouse fire on the east quay')
    expect(await page.locator('.claim-list .claim-button').count()).toBeGreaterThan(0)
    expect(errors).toEqual([])
  })

  it('two editors co-edit live, see each other, and keep working while the host is away', async () => {
    await freshLibrary()
    const sample = Dossier.open(library.docs.get(dossierId)!)
    const undecided = sample.activeClaims().find((claim) => claim.label === 'unverified')!
    const number = undecided.index + 1
    const confirmedBefore = sample.counts().confirmed

    const a = await open(host.tokenUrl)
    await a.page.locator('.dossier-link').first().click()
    const b = await open(`${host.url}#token=${token}&dossier=${dossierId}`)
    for (const { page } of [a, b]) {
      await waitForDesk(page)
      await waitForState(page, 'live')
    }
    await renameEditor(a.page, 'Ana Tester')
    await renameEditor(b.page, 'Ben Tester')

    // Presence: each sees the other, and which claim they have open.
    await claimButton(a.page, number).click()
    const presenceOnB = b.page.locator('.presence-editor').filter({ hasText: 'Ana Tester' })
    await expect.poll(() => presenceOnB.textContent()).toContain(`on #${number}`)
    await expect
      .poll(() => a.page.locator('.presence-editor').textContent())
      .toContain('Ben Tester')
    expect(await claimButton(b.page, number).locator('.claim-editors').textContent()).toContain(
      'Open by Ana Tester',
    )

    // A decision on page A appears on page B without a reload.
    const form = a.page.locator('.decide form')
    await form.getByRole('radio', { name: /^Confirmed/ }).check()
    await form.getByLabel('Rationale').fill('The hospital list matches the agency figure.')
    await form.getByRole('button', { name: 'Record decision' }).click()
    await expect
      .poll(() => claimButton(b.page, number).locator('.badge').textContent())
      .toBe('Confirmed')
    expect(await countButton(b.page, 'Confirmed').locator('.count-number').textContent()).toBe(
      String(confirmedBefore + 1),
    )
    await claimButton(b.page, number).click()
    await expect
      .poll(() => detailPane(b.page).locator('.timeline-decision').last().textContent())
      .toContain('Ana Tester')
    await screenshot(a.page, 'host-editor-a')
    await screenshot(b.page, 'host-editor-b')

    // The host goes away: both say so, and the dossier stays on screen and editable.
    await host.stop()
    await waitForState(a.page, 'offline')
    await waitForState(b.page, 'offline')
    expect(await connection(a.page).textContent()).toContain('copy saved on this device')
    expect(await a.page.locator('.presence-editor').count()).toBe(0)
    expect(await claimButton(a.page, number).locator('.badge').textContent()).toBe('Confirmed')
    const comment = 'Written while the host was down.'
    await detailPane(a.page).getByLabel('Add a comment').fill(comment)
    await detailPane(a.page).getByRole('button', { name: 'Add comment' }).click()
    await expect
      .poll(() => detailPane(a.page).locator('.comments').textContent())
      .toContain(comment)
    await screenshot(a.page, 'host-offline')

    // It comes back on the same address: both reconnect by themselves and catch up.
    await startHost(host.port)
    await waitForState(a.page, 'live')
    await waitForState(b.page, 'live')
    await expect
      .poll(() => detailPane(b.page).locator('.comments').textContent(), { timeout: 10_000 })
      .toContain(comment)
    await expect
      .poll(() => b.page.locator('.presence-editor').textContent(), { timeout: 10_000 })
      .toContain('Ana Tester')
    expect(
      Dossier.open(library.docs.get(dossierId)!)
        .comments(undecided.id)
        .map((c) => c.text),
    ).toContain(comment)
    await screenshot(b.page, 'host-back-live')

    // Back to the library and into the dossier again: same editor name, same dossier.
    await a.page.getByRole('link', { name: '← Library' }).click()
    await a.page.locator('.dossier-link').first().click()
    await waitForDesk(a.page)
    expect(await a.page.locator('.identity-name').textContent()).toBe('Ana Tester')
    await expect
      .poll(() => claimButton(a.page, number).locator('.badge').textContent())
      .toBe('Confirmed')
    expect(unexpected(a.errors)).toEqual([])
    expect(unexpected(b.errors)).toEqual([])
  })

  it('waits for the host with a dossier this device has never opened, then shows it', async () => {
    library = new MemoryLibrary(carol, { acquireDelayMs: 1500 })
    dossierId = library.add(createSampleDossier(new Y.Doc(), { editor: alice, colleague: bob }))
    token = randomBytes(16).toString('hex')
    await startHost()
    const { page, errors } = await open(`${host.url}#token=${token}&dossier=${dossierId}`)
    const waiting = page.getByRole('heading', { name: 'Waiting for the host' })
    await waiting.waitFor()
    expect(await page.locator('.waiting').textContent()).toContain('not been opened on this device')
    await screenshot(page, 'host-waiting')
    await waitForDesk(page)
    await expect.poll(() => page.locator('h1').textContent()).toBe(library.summary(dossierId).title)
    expect(errors).toEqual([])
  })

  it('checks every signature with the browser’s own Ed25519, and warns of a forged decision', async () => {
    library = new MemoryLibrary(carol)
    const doc = new Y.Doc()
    const sample = createSampleDossier(doc, { editor: alice, colleague: bob })
    const honest = sample.claims().flatMap((claim) => sample.decisions(claim.id))
    expect(honest.length).toBeGreaterThan(0)
    // Someone without the author's key rewrites a decision's rationale and keeps its signature.
    doc
      .getArray('decisions')
      .push([{ ...honest[0]!, id: 'd_forged000001', rationale: 'Rewritten after signing' }])
    dossierId = library.add(sample)
    token = randomBytes(16).toString('hex')
    await startHost()
    const workers: string[] = []
    const { page, errors } = await openDeskPage(
      browser,
      `${host.url}#token=${token}&dossier=${dossierId}`,
      { beforeLoad: async (opened) => opened.on('worker', (worker) => workers.push(worker.url())) },
    )
    pages.push({ page, errors, close: () => page.context().close() })
    await waitForDesk(page)
    const warning = page.locator('.signature-sweep-warning')
    await warning.waitFor()
    expect(await warning.textContent()).toMatch(/^⚠ 1 signature does not match its decision/)
    await screenshot(page, 'signatures-tampered')
    // Off the page's thread: WebCrypto's Ed25519 in the app's own verify workers.
    expect(workers.length).toBeGreaterThanOrEqual(2)
    expect(workers.every((url) => /\/assets\/verify-worker-[\w-]+\.js$/.test(url))).toBe(true)
    expect(errors).toEqual([])

    await freshLibrary()
    const clean = await open(`${host.url}#token=${token}&dossier=${dossierId}`)
    await waitForDesk(clean.page)
    await expect
      .poll(() => clean.page.locator('.signature-sweep-done').textContent())
      .toBe(`All ${honest.length} signatures in this dossier’s history check out.`)
  })

  it('says so when the host refuses the page’s token', async () => {
    await freshLibrary()
    const { page } = await open(`${host.url}#token=not-the-token`)
    await waitForState(page, 'refused')
    expect(await connection(page).textContent()).toContain('access token is wrong')
    expect(await page.locator('.dossier-item').count()).toBe(0)
    await screenshot(page, 'host-refused')
  })
})
