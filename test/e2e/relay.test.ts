import { existsSync } from 'node:fs'
import { chromium } from 'playwright-core'
import type { Browser } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ensureBuiltApp } from '../host/serve/support/built-app'
import { killServes, startServe } from '../host/serve/support/serve-process'
import { relayDesks } from '../host/relay/support/relay-desks'
import { encodeInviteLink, readInviteLink } from '../../src/shared/lan'
import { refusedPort } from '../support/refused-port'
import { CHROMIUM_ARGS, openDeskPage, screenshot, waitForDesk } from '../support/desk-page'
import { eventually } from '../support/eventually'

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
    const { relay, aliceData, bobData, id, run } = await relayDesks()
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

  it("joins from the app's Join form through a sealed relay, with the inviter on another network", async () => {
    const { relay, aliceData, bobData, id, run } = await relayDesks()
    expect((await run(bobData, 'identity', '--name', 'Bob Okafor')).code).toBe(0)
    const alice = await startServe({ dataDir: aliceData, args: ['--lan-listen', '127.0.0.1:0'] })
    const bob = await startServe({ dataDir: bobData, args: ['--lan-listen', '127.0.0.1:0'] })

    const { page, errors, close } = await openDeskPage(browser, `${alice.url}&dossier=${id}`)
    const bobPage = await openDeskPage(browser, bob.url)
    try {
      await waitForDesk(page)
      await page.getByRole('button', { name: 'Share…' }).click()
      const panel = page.getByRole('dialog', { name: /^Share/ })
      const section = panel.locator('.relay-section')
      await panel.getByRole('button', { name: 'Create invite' }).click()
      await panel.getByLabel('Invite link', { exact: true }).waitFor()
      await section.getByLabel('Relay address').fill(relay.url)
      await section.getByRole('button', { name: 'Relay this dossier' }).click()
      await expect
        .poll(() => section.locator('.relay-status').textContent(), { timeout: 15_000 })
        .toMatch(/Connected/)
      // An invite made now names the sealed relay, and says what that means.
      await panel.getByRole('button', { name: 'Create invite' }).click()
      await expect
        .poll(() => panel.locator('.invite-link').textContent())
        .toMatch(
          /or from anywhere through the relay at 127\.0\.0\.1:\d+: there, this app lets them in/,
        )
      await screenshot(page, 'relay-sealed-invite')
      const read = readInviteLink(
        await panel.getByLabel('Invite link', { exact: true }).inputValue(),
      )
      if (!read.ok) throw new Error(read.message)
      // Alice is on another network than Bob: the address in her invite answers no one.
      const link = encodeInviteLink({
        ...read.invite,
        addresses: [{ host: '127.0.0.1', port: await refusedPort() }],
      })

      await bobPage.page.getByRole('button', { name: 'Join with an invite…' }).click()
      await bobPage.page.getByLabel('Invite link').fill(link)
      await bobPage.page.getByRole('button', { name: 'Join', exact: true }).click()
      await bobPage.page
        .getByText(
          /through the relay at 127\.0\.0\.1:\d+\. Through the relay, the inviter’s app must be open/,
        )
        .waitFor()
      await screenshot(bobPage.page, 'relay-sealed-joining')
      await waitForDesk(bobPage.page)
      await expect.poll(() => bobPage.page.locator('.claim-list .claim-button').count()).toBe(3)
      await screenshot(bobPage.page, 'relay-sealed-joined')
      // Alice's Share panel lists Bob, admitted through the relay.
      await panel.locator('.member').filter({ hasText: 'Bob Okafor' }).waitFor({ timeout: 15_000 })
      expect(errors).toEqual([])
      expect(bobPage.errors).toEqual([])
    } catch (error) {
      await screenshot(page, 'relay-join-failure')
      await screenshot(bobPage.page, 'relay-join-failure-bob')
      throw error
    } finally {
      await bobPage.close()
      await close()
    }
  }, 180_000)
})
