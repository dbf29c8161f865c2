import { readFile, stat, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { SERVE_ADDRESS_FILE } from '../../src/main/host/serve/serve-address'
import { libraryWithDossier } from '../host/serve/support/serve-library'
import { startServe } from '../host/serve/support/serve-process'
import { openDeskPage, screenshot } from '../support/desk-page'
import { chromiumTitle, hasChromium, useServedChromium } from './support/served-chromium'
import { tempDir } from '../support/temp-dir'

const title = chromiumTitle('the address of dossier serve across restarts')

/** Long enough for a reconnect after the backoff has grown (its cap is 10 s). */
const RECONNECT_MS = 30_000

const connection = (page: Page, state: string) =>
  page.locator(`.connection[data-state="${state}"]`).first()

/**
 * A host restart no longer strands its tabs: the library keeps the address (token and port), so
 * an open tab reconnects by itself and the plain address opens the library again in a browser
 * that has been in once. A browser that never had the key is told how to get in, not handed a
 * lookalike desk; a new token (`--new-token`) shuts the old address out.
 */
describe.skipIf(!hasChromium)(title, () => {
  const served = useServedChromium()

  it('keeps its address across restarts, says how to get in without it, and rotates on request', async () => {
    const root = await tempDir()
    const data = path.join(root, 'data')
    await libraryWithDossier(data)
    const first = await startServe({ dataDir: data })
    const kept = path.join(data, SERVE_ADDRESS_FILE)
    expect((await stat(kept)).mode & 0o777).toBe(0o600)
    expect(JSON.parse(await readFile(kept, 'utf8'))).toEqual({
      token: first.token,
      port: first.port,
    })

    const { page, errors, close } = await openDeskPage(served.browser(), first.url)
    try {
      await connection(page, 'live').waitFor()
      await page.locator('.dossier-link').first().waitFor()

      // Restarted: the same address, and the open tab comes back by itself.
      expect((await first.stop('SIGTERM')).code).toBe(0)
      await connection(page, 'offline').waitFor({ timeout: RECONNECT_MS })
      const second = await startServe({ dataDir: data })
      expect(second.url).toBe(first.url)
      expect(second.stdout()).toMatch(/The address is the same as last time/)
      await connection(page, 'live').waitFor({ timeout: RECONNECT_MS })

      // The plain address, in a new tab of the same browser: the library, not a lookalike.
      const again = await page.context().newPage()
      await again.goto(`${second.origin}/`)
      await connection(again, 'live').waitFor()
      await again.locator('.dossier-link').first().waitFor()
      await again.close()

      // A browser that never had the key is told how to get in.
      const stranger = await openDeskPage(served.browser(), `${second.origin}/`)
      try {
        await stranger.page
          .getByRole('heading', { name: 'Open the desk with its full address' })
          .waitFor()
        expect(await stranger.page.locator('.dossier-link').count()).toBe(0)
        await screenshot(stranger.page, 'serve-address-needed')
        expect(stranger.errors).toEqual([])
      } finally {
        await stranger.close()
      }

      // A new token: the old address is refused, and the open tab says so.
      expect((await second.stop('SIGTERM')).code).toBe(0)
      const third = await startServe({ dataDir: data, args: ['--new-token'] })
      expect(third.token).not.toBe(first.token)
      expect(third.stdout()).toMatch(/Made a new token/)
      expect({ port: third.port, stderr: third.stderr() }).toEqual({ port: first.port, stderr: '' })
      await connection(page, 'refused').waitFor({ timeout: RECONNECT_MS })
      await screenshot(page, 'serve-address-refused')

      // A damaged file gets a new token rather than stopping the host.
      expect((await third.stop('SIGTERM')).code).toBe(0)
      await writeFile(kept, '{"token": 42')
      const fourth = await startServe({ dataDir: data })
      expect(fourth.token).not.toBe(third.token)
      expect(JSON.parse(await readFile(kept, 'utf8'))).toEqual({
        token: fourth.token,
        port: fourth.port,
      })
      // Its port taken by something else: another port, and a warning that says the address moved.
      expect((await fourth.stop('SIGTERM')).code).toBe(0)
      const squatter = createServer()
      await new Promise<void>((resolve) => squatter.listen(fourth.port, '127.0.0.1', resolve))
      try {
        const fifth = await startServe({ dataDir: data })
        expect(fifth.port).not.toBe(fourth.port)
        expect(fifth.token).toBe(fourth.token)
        expect(fifth.stderr()).toMatch(
          new RegExp(`port ${fourth.port}, where this library was served last, is in use`),
        )
      } finally {
        await new Promise((resolve) => squatter.close(resolve))
      }
      const unexpected = errors.filter(
        (error) => !/WebSocket connection to .* failed|net::ERR_CONNECTION_REFUSED/.test(error),
      )
      expect(unexpected).toEqual([])
    } catch (error) {
      await screenshot(page, 'serve-address-failure')
      throw error
    } finally {
      await close()
    }
  }, 180_000)
})
