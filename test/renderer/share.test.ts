import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { create as createQr } from 'qrcode'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { RpcError } from '../../src/shared/protocol'
import { createSampleDossier } from '../../src/shared/sample/sample-dossier'
import type { RpcHandler } from '../../src/main/host/sync'
import { buildRenderer } from '../support/build-renderer'
import { CHROMIUM_ARGS, openDeskPage, screenshot, waitForDesk } from '../support/desk-page'
import type { DeskPage } from '../support/desk-page'
import { startDeskHost } from '../support/desk-host'
import type { DeskHost } from '../support/desk-host'
import { alice, bob, carol } from '../support/dossier-fixtures'
import { LanRpcDouble } from '../support/lan-rpc-double'
import { MemoryLibrary } from '../support/memory-library'

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'
const hasChromium = existsSync(CHROMIUM)
const title = hasChromium
  ? 'the Share panel and the Join form, in Chromium'
  : `the Share panel and the Join form, in Chromium (SKIPPED: no Chromium at ${CHROMIUM}; install it or set CHROMIUM_PATH)`

/** The panel refreshes every 3 s; a member who joined shows up within two rounds. */
const REFRESH_WAIT_MS = 8000

describe.skipIf(!hasChromium)(title, () => {
  let dir: string
  let browser: Browser
  let library: MemoryLibrary
  let lan: LanRpcDouble
  let dossierId: string
  let host: DeskHost
  /** What `open` tells the page about its role. */
  let readOnly: boolean
  const pages: DeskPage[] = []

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'desk-share-'))
    await buildRenderer(dir)
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  })

  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close()
    await host?.stop()
    // The double checks its own answers against the contract: none may have drifted.
    expect(lan.violations).toEqual([])
  })

  afterAll(async () => {
    await browser?.close()
    if (dir !== undefined) await rm(dir, { recursive: true, force: true })
  })

  const startHost = async () => {
    library = new MemoryLibrary(carol)
    dossierId = library.add(createSampleDossier(new Y.Doc(), { editor: alice, colleague: bob }))
    lan = new LanRpcDouble(library, carol)
    readOnly = false
    const rpc: RpcHandler = {
      ...library.rpc,
      ...lan.rpc,
      open: (params) => {
        const answer = library.rpc.open?.(params, { connection: '', dossierId: '', role: 'editor' })
        if (answer === undefined || answer instanceof Promise) throw new Error('open is sync')
        return { ...answer, readOnly }
      },
    }
    host = await startDeskHost({
      docs: library,
      rpc,
      token: randomBytes(16).toString('hex'),
      root: dir,
    })
  }

  const openLibrary = async (options: Parameters<typeof openDeskPage>[2] = {}) => {
    const opened = await openDeskPage(browser, host.tokenUrl, options)
    pages.push(opened)
    await opened.page.locator('.connection[data-state="live"]').first().waitFor()
    return opened
  }

  const openDossier = async (options: Parameters<typeof openDeskPage>[2] = {}) => {
    const opened = await openLibrary(options)
    await opened.page.locator('.dossier-link').first().click()
    await waitForDesk(opened.page)
    return opened
  }

  const openPanel = async (page: Page) => {
    await page.getByRole('button', { name: 'Share…' }).click()
    const panel = page.getByRole('dialog', { name: /^Share/ })
    await panel.waitFor()
    await panel.getByRole('heading', { name: 'In this session' }).waitFor()
    return panel
  }

  const createInvite = async (page: Page, role: 'editor' | 'viewer', expiry: string) => {
    const panel = page.getByRole('dialog')
    await panel.getByLabel('Role', { exact: true }).selectOption(role)
    await panel.getByLabel('Expires').selectOption({ label: expiry })
    await panel.getByRole('button', { name: 'Create invite' }).click()
    const field = panel.getByLabel('Invite link', { exact: true })
    await expect.poll(() => field.inputValue()).toMatch(/^verification-desk:\/\/join\//)
    return field.inputValue()
  }

  it('creates an invite with its link and QR code, and copies the link', async () => {
    await startHost()
    const { page, errors } = await openDossier()
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.url })
    const panel = await openPanel(page)
    await expect.poll(() => panel.textContent()).toContain('not shared yet')
    const link = await createInvite(page, 'viewer', 'After 1 day')

    const [invite] = lan.sharing(dossierId).invites
    expect(invite?.link).toBe(link)
    expect(invite?.role).toBe('viewer')
    const expiresIn = Date.parse(invite?.expiresAt ?? '') - Date.now()
    expect(expiresIn).toBeGreaterThan(86_400_000 - 60_000)
    expect(expiresIn).toBeLessThanOrEqual(86_400_000)
    await expect.poll(() => panel.textContent()).toContain('It works once')
    await expect.poll(() => panel.textContent()).toContain('127.0.0.20:41234, [fd00:1::20]:41234')

    // The QR code is the link's own matrix, module for module.
    const { modules } = createQr(link, { errorCorrectionLevel: 'M' })
    const expected: string[] = []
    for (let y = 0; y < modules.size; y++)
      for (let x = 0; x < modules.size; x++)
        if (modules.get(y, x)) expected.push(`${x + 4},${y + 4}`)
    const qr = panel.locator('svg.qr-code')
    expect(await qr.getAttribute('data-modules')).toBe(String(modules.size))
    expect(await qr.getAttribute('viewBox')).toBe(`0 0 ${modules.size + 8} ${modules.size + 8}`)
    const drawn = await qr
      .locator('rect.qr-dark')
      .evaluateAll((rects) =>
        rects.map((rect) => `${rect.getAttribute('x')},${rect.getAttribute('y')}`),
      )
    expect(drawn.length).toBeGreaterThan(modules.size * 4)
    expect(new Set(drawn)).toEqual(new Set(expected))

    await panel.getByRole('button', { name: 'Copy link' }).click()
    await expect.poll(() => panel.textContent()).toContain('Copied.')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link)

    await screenshot(page, 'share-invite')
    // A phone-sized window: the long link stays inside its field, the QR code under it.
    await page.setViewportSize({ width: 390, height: 844 })
    const box = await panel.getByLabel('Invite link', { exact: true }).boundingBox()
    expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(390)
    await screenshot(page, 'share-invite-narrow')
    expect(errors).toEqual([])
  })

  it('selects the link and says how to copy it when the browser refuses the clipboard', async () => {
    await startHost()
    const { page } = await openDossier({
      beforeLoad: (page) =>
        page.addInitScript(() => {
          navigator.clipboard.writeText = () =>
            Promise.reject(new DOMException('Denied', 'NotAllowedError'))
        }),
    })
    await openPanel(page)
    const link = await createInvite(page, 'editor', 'No expiry')
    const panel = page.getByRole('dialog')
    await panel.getByRole('button', { name: 'Copy link' }).click()
    await expect.poll(() => panel.textContent()).toContain('did not allow copying')
    const selected = await page.evaluate(() => {
      const field = document.activeElement
      return field instanceof HTMLInputElement
        ? field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? 0)
        : null
    })
    expect(selected).toBe(link)
  })

  it('lists who joins, changes a role, removes a member and revokes an invite', async () => {
    await startHost()
    const { page, errors } = await openDossier()
    const panel = await openPanel(page)
    await createInvite(page, 'editor', 'After 7 days')
    const [first] = lan.sharing(dossierId).invites
    lan.simulateJoin(dossierId, first!.id, bob, '127.0.0.31:50210')

    // The panel asks again by itself while it is open.
    const bobRow = panel.locator('.member').filter({ hasText: 'Bob Okafor' })
    await bobRow.waitFor({ timeout: REFRESH_WAIT_MS })
    await expect.poll(() => bobRow.textContent()).toContain('online at 127.0.0.31:50210')
    await expect.poll(() => bobRow.textContent()).toContain(`key ${bob.publicKey.slice(0, 8)}`)
    const you = panel.locator('.member').filter({ hasText: 'you' })
    await expect.poll(() => you.textContent()).toContain(carol.name)
    expect(await you.locator('select').count()).toBe(0)
    await expect.poll(() => panel.locator('.invite').first().textContent()).toContain('Used')
    await screenshot(page, 'share-members')

    // A role change the host refuses says why, beside the select, and changes nothing.
    lan.failNext.set('role', new RpcError('conflict', 'Bob Okafor is offline; try again later'))
    await panel.getByLabel('Role of Bob Okafor').selectOption('viewer')
    await expect
      .poll(() => bobRow.textContent())
      .toContain('Bob Okafor is offline; try again later')
    expect(await panel.getByLabel('Role of Bob Okafor').inputValue()).toBe('editor')
    await panel.getByLabel('Role of Bob Okafor').selectOption('viewer')
    await expect
      .poll(() => lan.sharing(dossierId).members.find((m) => m.key === bob.publicKey)?.role)
      .toBe('viewer')
    await expect.poll(() => bobRow.textContent()).not.toContain('try again later')

    // Removal asks first, says what it does; Escape steps back without closing the panel.
    await panel.getByRole('button', { name: 'Remove Bob Okafor…' }).click()
    await expect.poll(() => bobRow.textContent()).toContain('can no longer sync this dossier')
    await page.keyboard.press('Escape')
    expect(await panel.isVisible()).toBe(true)
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Remove Bob Okafor…')
    await panel.getByRole('button', { name: 'Remove Bob Okafor…' }).click()
    await panel.getByRole('button', { name: 'Remove Bob Okafor', exact: true }).click()
    await expect.poll(() => bobRow.count()).toBe(0)
    expect(lan.sharing(dossierId).members.map((m) => m.name)).toEqual([carol.name])

    // A second invite, revoked before anyone used it.
    await createInvite(page, 'viewer', 'After 1 hour')
    const second = lan.sharing(dossierId).invites[1]!
    await panel.getByRole('button', { name: /^Revoke the viewer invite/ }).click()
    await panel.getByRole('button', { name: 'Revoke invite' }).click()
    await expect.poll(() => lan.sharing(dossierId).invites[1]?.state).toBe('revoked')
    await expect
      .poll(() => panel.locator(`.invite[data-state="revoked"]`).textContent())
      .toContain('Revoked')
    // The revoked invite's link is no longer offered.
    expect(await panel.getByLabel('Invite link', { exact: true }).count()).toBe(0)
    expect(second.state).toBe('open')
    expect(errors).toEqual([])
  })

  it('stops sharing after asking, and shows the host’s problem with what to do', async () => {
    await startHost()
    const { page } = await openDossier()
    const panel = await openPanel(page)
    // A refused invite says why beside the form, which keeps what was chosen.
    lan.failNext.set('share', new RpcError('unavailable', 'no network address to listen on'))
    await panel.getByLabel('Role', { exact: true }).selectOption('viewer')
    await panel.getByLabel('Expires').selectOption({ label: 'After 1 hour' })
    await panel.getByRole('button', { name: 'Create invite' }).click()
    await expect
      .poll(() => panel.locator('.invite-form').getByRole('alert').textContent())
      .toBe('no network address to listen on')
    expect(await panel.getByLabel('Role', { exact: true }).inputValue()).toBe('viewer')
    expect(await panel.getByLabel('Expires').inputValue()).toBe('1h')
    expect(lan.sharing(dossierId).invites).toEqual([])
    await createInvite(page, 'editor', 'No expiry')
    lan.problem = 'the LAN endpoint is not listening: port 41234 is taken by another program'
    await expect
      .poll(() => panel.getByRole('alert').first().textContent(), { timeout: REFRESH_WAIT_MS })
      .toContain('port 41234 is taken by another program')
    await expect.poll(() => panel.textContent()).toContain('no firewall blocks the app')
    await screenshot(page, 'share-problem')

    lan.failNext.set('unshare', new RpcError('internal', 'the library could not be saved'))
    await panel.getByRole('button', { name: 'Stop sharing…' }).click()
    await expect.poll(() => panel.textContent()).toContain('Everyone keeps the copy they have')
    await panel.getByRole('button', { name: 'Stop sharing', exact: true }).click()
    await expect.poll(() => panel.textContent()).toContain('the library could not be saved')
    expect(lan.sharing(dossierId).shared).toBe(true)
    await panel.getByRole('button', { name: 'Stop sharing', exact: true }).click()
    await expect.poll(() => lan.sharing(dossierId).shared).toBe(false)
    await expect.poll(() => panel.textContent()).toContain('not shared yet')
    expect(await panel.getByRole('button', { name: /Stop sharing/ }).count()).toBe(0)
  })

  it('closes on Escape and gives focus back to the Share button', async () => {
    await startHost()
    const { page } = await openDossier()
    await page.getByRole('button', { name: 'Share…' }).focus()
    await page.keyboard.press('Enter')
    const panel = page.getByRole('dialog')
    await panel.getByRole('button', { name: 'Create invite' }).waitFor()
    // Focus moved into the dialog.
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true)
    await page.keyboard.press('Escape')
    await expect.poll(() => panel.count()).toBe(0)
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Share…')
    // Opened with the mouse and closed with its button, the same.
    await page.getByRole('button', { name: 'Share…' }).click()
    await panel.getByRole('button', { name: 'Close' }).click()
    await expect.poll(() => panel.count()).toBe(0)
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Share…')
  })

  it('shows a viewer who is in the session, and no actions', async () => {
    await startHost()
    await createInviteFromHost()
    readOnly = true
    const { page } = await openDossier()
    const panel = await openPanel(page)
    await panel.locator('.member').filter({ hasText: 'Bob Okafor' }).waitFor()
    expect(await panel.getByRole('button').allTextContents()).toEqual(['Close'])
    expect(await panel.locator('select').count()).toBe(0)
    await expect.poll(() => panel.textContent()).toContain('You are a viewer here')
    await screenshot(page, 'share-viewer')
  })

  /** A session with Bob in it, made through the double as another window would. */
  const createInviteFromHost = async () => {
    const shared = await lan.rpc.share?.(
      { id: dossierId, role: 'editor' },
      { connection: '', dossierId: '', role: 'editor' },
    )
    if (shared === undefined) throw new Error('the double has no share')
    lan.simulateJoin(dossierId, shared.invite.id)
  }

  it('joins with a pasted link and opens the dossier', async () => {
    await startHost()
    const link = LanRpcDouble.foreignLink()
    lan.onJoin(link, { kind: 'joins', title: 'Harbour strike' })
    const { page, errors } = await openLibrary()
    await page.getByRole('button', { name: 'Join with an invite…' }).click()
    // Mail and chat wrap long links: spaces and line breaks are dropped.
    await page
      .getByLabel('Invite link', { exact: true })
      .fill(`  ${link.slice(0, 60)}\n${link.slice(60)}  `)
    await page.keyboard.press('Enter')
    await page.locator('h1', { hasText: 'Harbour strike' }).waitFor()
    await page.locator('.source-pane').waitFor()
    expect(page.url()).toMatch(/#dossier=m_/)
    expect(errors).toEqual([])
  })

  it('says why a join failed, keeps the link, and closes on Escape', async () => {
    await startHost()
    const link = LanRpcDouble.foreignLink()
    const { page } = await openLibrary()
    await page.getByRole('button', { name: 'Join with an invite…' }).click()
    const field = page.getByLabel('Invite link', { exact: true })
    await field.fill(link)
    await page.getByRole('button', { name: 'Join', exact: true }).click()
    const alert = page.locator('.join-invite').getByRole('alert')
    await expect
      .poll(() => alert.textContent())
      .toBe('Could not join: could not reach the inviter: tried 127.0.0.44:41234')
    expect(await field.inputValue()).toBe(link)
    expect(await field.getAttribute('aria-invalid')).toBe('true')
    await screenshot(page, 'join-failed')

    // A cut link is explained before the host is asked.
    await field.fill(link.slice(0, 80))
    await page.keyboard.press('Enter')
    await expect.poll(() => alert.textContent()).toBe('This invite link is damaged.')
    expect(await field.inputValue()).toBe(link.slice(0, 80))

    await page.keyboard.press('Escape')
    await expect.poll(() => field.count()).toBe(0)
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Join with an invite…')
  })
})
