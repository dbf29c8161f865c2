import { existsSync } from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'
import type { Browser } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ensureBuiltApp } from '../host/serve/support/built-app'
import { libraryWithDossier } from '../host/serve/support/serve-library'
import { killServes, startServe } from '../host/serve/support/serve-process'
import { startYWebsocketServer } from '../host/relay/support/y-websocket-server'
import { cli } from '../support/run-cli'
import { CHROMIUM_ARGS, openDeskPage, screenshot, waitForDesk } from '../support/desk-page'
import { eventually } from '../support/eventually'
import { tempDir } from '../support/temp-dir'

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'
const hasChromium = existsSync(CHROMIUM)
const title = hasChromium
  ? 'relaying from the app through a y-websocket server (real dossier serve, Chromium)'
  : `relaying from the app through a y-websocket server (SKIPPED: no Chromium at ${CHROMIUM}; install it or set CHROMIUM_PATH)`

/**
 * The Share panel's relay section against a real `@y/websocket-server`: Alice relays her dossier
 * from the app; Bob's host, on no LAN with hers, fetches it from the relay and decides; Alice's
 * page shows his decision; Alice stops relaying.
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

  it('relays from the Share panel; another host syncs through the relay alone', async () => {
    const relay = await startYWebsocketServer()
    const root = await tempDir()
    const aliceData = path.join(root, 'alice')
    const bobData = path.join(root, 'bob')
    const id = await libraryWithDossier(aliceData)
    const run = (data: string, ...args: string[]) => cli([...args, '--data', data], { cwd: root })
    const alice = await startServe({ dataDir: aliceData, args: ['--lan-listen', '127.0.0.1:0'] })
    await startServe({ dataDir: bobData })

    const { page, errors, close } = await openDeskPage(browser, `${alice.url}&dossier=${id}`)
    try {
      await waitForDesk(page)
      await page.getByRole('button', { name: 'Share…' }).click()
      const panel = page.getByRole('dialog', { name: /^Share/ })
      const section = panel.locator('.relay-section')
      await section.getByText('Not relayed.').waitFor()
      await section.getByLabel('Relay address').fill(relay.url)
      await section.getByRole('button', { name: 'Relay this dossier' }).click()
      // Sealed is what it does by default, which needs the dossier shared first: it says so.
      await expect
        .poll(() => section.locator('.form-error').textContent())
        .toMatch(/share the dossier first/)
      // Shared on the LAN (an invite starts it), the same form relays it sealed.
      await panel.getByRole('button', { name: 'Create invite' }).click()
      await panel.getByLabel('Invite link', { exact: true }).waitFor()
      await section.getByRole('button', { name: 'Relay this dossier' }).click()
      await expect
        .poll(() => section.locator('.relay-status').textContent(), { timeout: 15_000 })
        .toMatch(/sealed: the relay cannot read it\)\.Connected: changes go through the relay/)
      await screenshot(page, 'relay-sealed')
      // Plain, so that a host that is no member can fetch it from the relay alone.
      await section.getByLabel(/The relay may read this dossier/).check()
      await section.getByRole('button', { name: 'Change relay' }).click()
      await expect
        .poll(() => section.locator('.relay-status').textContent(), { timeout: 15_000 })
        .toMatch(/the relay can read it\)\.Connected: changes go through the relay/)
      await screenshot(page, 'relay-connected')

      // Bob's host has never seen the dossier and is on no LAN with Alice's.
      await eventually(async () => {
        const fetched = await run(bobData, 'relay', id, relay.url, '--plain')
        expect({ code: fetched.code, stderr: fetched.stderr }).toEqual({ code: 0, stderr: '' })
      }, 20_000)
      expect(
        (await run(bobData, 'status', id, '1', 'confirmed', '--rationale', 'Seen in the field'))
          .code,
      ).toBe(0)
      await expect
        .poll(() => page.locator('.status-summary').textContent(), { timeout: 20_000 })
        .toMatch(/1\s*Confirmed/)

      await section.getByRole('button', { name: 'Stop relaying…' }).click()
      await section.getByRole('button', { name: 'Stop relaying', exact: true }).click()
      await section.getByText('Not relayed.').waitFor()
      expect(errors).toEqual([])
    } catch (error) {
      await screenshot(page, 'relay-failure')
      throw error
    } finally {
      await close()
    }
  }, 180_000)
})
