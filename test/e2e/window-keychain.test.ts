import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { libraryWithDossier } from '../host/serve/support/serve-library'
import { startServe } from '../host/serve/support/serve-process'
import { openDeskPage, renameEditor, screenshot, waitForDesk } from '../support/desk-page'
import { tempDir } from '../support/temp-dir'
import { chromiumTitle, hasChromium, useServedChromium } from './support/served-chromium'

const title = chromiumTitle('the window’s signing key, sealed by the system keychain')

/**
 * The preload's `window.desk` with a keychain, in a plain Chromium. Its "system keychain" seals
 * with WebCrypto AES-GCM under a key fixed here, as the OS keeps safeStorage's key across runs,
 * so a reload opens what the last load sealed. Setting `vdesk-test:refuse-open` in localStorage
 * makes it refuse to open, as a keychain whose prompt was declined; `vdesk-test:no-keychain`
 * makes it say there is none, as a Linux desktop without a secret service. The page still syncs with
 * `dossier serve` over its WebSocket (it takes the host of its token before it looks at
 * `window.desk`, src/renderer/app/host-mode.ts), so `connect` is never called.
 */
const pretendDesktopWithKeychain = (page: Page) =>
  page.addInitScript(`(() => {
    const raw = new Uint8Array(32).map((_, i) => i + 1)
    const key = crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt'])
    const toBase64 = (bytes) => btoa(String.fromCharCode(...bytes))
    const fromBase64 = (text) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0))
    const never = () => () => undefined
    window.desk = Object.freeze({
      platform: 'electron',
      version: 'test',
      os: 'linux',
      connect: () => Promise.reject(new Error('this test syncs through dossier serve')),
      onHostStopped: never,
      onHostStatus: never,
      onCommand: never,
      keychain: Object.freeze({
        state: () =>
          Promise.resolve({ available: localStorage.getItem('vdesk-test:no-keychain') === null }),
        seal: async (secretHex) => {
          const iv = crypto.getRandomValues(new Uint8Array(12))
          const body = await crypto.subtle.encrypt(
            { name: 'AES-GCM', iv }, await key, new TextEncoder().encode(secretHex))
          return toBase64([...iv, ...new Uint8Array(body)])
        },
        open: async (sealed) => {
          if (localStorage.getItem('vdesk-test:refuse-open') !== null) {
            throw new Error('the user did not allow access to the keychain')
          }
          const bytes = fromBase64(sealed)
          const body = await crypto.subtle.decrypt(
            { name: 'AES-GCM', iv: bytes.slice(0, 12) }, await key, bytes.slice(12))
          return new TextDecoder().decode(body)
        },
      }),
    })
  })()`)

/** The page's key record as IndexedDB holds it. */
const storedKey = (page: Page) =>
  page.evaluate<Record<string, unknown>>(`new Promise((resolve, reject) => {
    const open = indexedDB.open('verification-desk-identity')
    open.onerror = () => reject(open.error)
    open.onsuccess = () => {
      const get = open.result.transaction('values').objectStore('values').get('device-key')
      get.onerror = () => reject(get.error)
      get.onsuccess = () => {
        open.result.close()
        resolve(get.result)
      }
    }
  })`)

/** What the stand-in keychain opens `sealed` to: the secret the record must not spell. */
const opened = (page: Page, sealed: unknown) =>
  page.evaluate<string>(`window.desk.keychain.open(${JSON.stringify(sealed)})`)

const shownKey = (page: Page) => page.locator('.identity .key').first().getAttribute('title')

describe.skipIf(!hasChromium)(title, () => {
  const served = useServedChromium()

  it('keeps no hex secret in IndexedDB, opens it on reload, says so, and says plainly when it cannot', async () => {
    const data = path.join(await tempDir(), 'data')
    await libraryWithDossier(data)
    const serve = await startServe({ dataDir: data })
    const { page, errors, close } = await openDeskPage(served.browser(), serve.url, {
      beforeLoad: pretendDesktopWithKeychain,
    })
    try {
      await page.locator('.dossier-link').first().click()
      await waitForDesk(page)
      const record = await storedKey(page)
      expect(record).toMatchObject({ version: 2, protection: 'os-keychain' })
      expect(record).not.toHaveProperty('secretKey')
      const secret = await opened(page, record['sealedSecretKey'])
      expect(secret).toMatch(/^[0-9a-f]{64}$/)
      expect(JSON.stringify(record)).not.toContain(secret)
      const key = await shownKey(page)
      expect(key).toBe(`Device key ${String(record['publicKey'])}`)

      // A reload opens the sealed key: the same key signs, and the record is as it was.
      await page.reload()
      await waitForDesk(page)
      expect(await shownKey(page)).toBe(key)
      expect(await storedKey(page)).toEqual(record)

      await page.getByRole('button', { name: 'Change name' }).click()
      const note = page.locator('.identity-form .identity-note')
      // dossier serve has no keychain: the host's own key is said apart, plainly.
      await expect
        .poll(() => note.textContent())
        .toBe(
          'Your signing key is protected by the system keychain. This computer’s device key (identity.json) is stored in a file only your user account can read; this system offers no keychain.',
        )
      await screenshot(page, 'window-keychain-note-light')
      await page.getByLabel('Theme').selectOption('dark')
      await screenshot(page, 'window-keychain-note-dark')
      await page.getByRole('button', { name: 'Cancel' }).click()

      // A rename keeps it sealed.
      await renameEditor(page, 'Ana Ruiz')
      const renamed = await storedKey(page)
      expect(renamed).toEqual({ ...record, name: 'Ana Ruiz' })

      // A keychain that will not open it: a clear failure, and the sealed key left as it was.
      await page.evaluate(`localStorage.setItem('vdesk-test:refuse-open', '1')`)
      await page.reload()
      const failure = page.getByRole('alert')
      await failure.waitFor()
      expect(await failure.textContent()).toMatch(
        /Your signing key is sealed by the system keychain, which could not open it: the user did not allow access to the keychain\. Nothing was changed and no new key was made\./,
      )
      await screenshot(page, 'window-keychain-refused-dark')
      expect(await storedKey(page)).toEqual(renamed)

      // Allowed again: the same key, under its new name.
      await page.evaluate(`localStorage.removeItem('vdesk-test:refuse-open')`)
      await page.getByRole('button', { name: 'Try again' }).click()
      await waitForDesk(page)
      expect(await shownKey(page)).toBe(key)
      await page.locator('.identity-name', { hasText: 'Ana Ruiz' }).waitFor()
      expect(errors).toEqual([])
    } finally {
      await close()
    }
  }, 120_000)

  it('seals a key the window kept plain while there was no keychain, the same key', async () => {
    const data = path.join(await tempDir(), 'data')
    await libraryWithDossier(data)
    const serve = await startServe({ dataDir: data })
    const { page, errors, close } = await openDeskPage(served.browser(), serve.url, {
      beforeLoad: async (tab) => {
        await pretendDesktopWithKeychain(tab)
        // Before any of the page's scripts: the first load finds no keychain.
        await tab.addInitScript(`sessionStorage.getItem('vdesk-test:started') === null &&
          (sessionStorage.setItem('vdesk-test:started', '1'),
           localStorage.setItem('vdesk-test:no-keychain', '1'))`)
      },
    })
    try {
      await page.locator('.dossier-link').first().click()
      await waitForDesk(page)
      const plain = await storedKey(page)
      expect(plain).toMatchObject({
        version: 1,
        secretKey: expect.stringMatching(/^[0-9a-f]{64}$/),
      })
      await page.getByRole('button', { name: 'Change name' }).click()
      await expect
        .poll(() => page.locator('.identity-form .identity-note').textContent())
        .toBe(
          'Your signing key and this computer’s device key (identity.json) are stored in this app’s data folder, readable by your user account; this system offers no keychain.',
        )
      await screenshot(page, 'window-keychain-none-light')

      // The keychain is back (a secret service started): the next load seals the same key.
      await page.evaluate(`localStorage.removeItem('vdesk-test:no-keychain')`)
      await page.reload()
      await waitForDesk(page)
      const sealed = await storedKey(page)
      expect(sealed).toMatchObject({
        version: 2,
        protection: 'os-keychain',
        name: plain['name'],
        publicKey: plain['publicKey'],
      })
      expect(JSON.stringify(sealed)).not.toContain(String(plain['secretKey']))
      expect(await opened(page, sealed['sealedSecretKey'])).toBe(plain['secretKey'])
      expect(await shownKey(page)).toBe(`Device key ${String(plain['publicKey'])}`)
      expect(errors).toEqual([])
    } finally {
      await close()
    }
  }, 120_000)
})
