import { existsSync } from 'node:fs'
import { chromium } from 'playwright-core'
import type { Browser } from 'playwright-core'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { ensureBuiltApp } from '../../host/serve/support/built-app'
import { killServes } from '../../host/serve/support/serve-process'
import { CHROMIUM_ARGS } from '../../support/desk-page'

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'
export const hasChromium = existsSync(CHROMIUM)

/** A suite's title, saying why it is skipped where Chromium is missing. */
export const chromiumTitle = (what: string): string =>
  hasChromium
    ? `${what} (real dossier serve, Chromium)`
    : `${what} (SKIPPED: no Chromium at ${CHROMIUM}; install it or set CHROMIUM_PATH)`

/**
 * For an end-to-end suite against real `dossier serve` processes: builds the app once if its
 * sources changed, launches Chromium for the suite, kills every serve a test started after it,
 * and closes the browser at the end. Call inside `describe`; `browser()` is the launched one.
 */
export const useServedChromium = (): { browser(): Browser } => {
  let browser: Browser | undefined
  beforeAll(async () => {
    await ensureBuiltApp()
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  }, 180_000)
  afterEach(killServes)
  afterAll(async () => {
    await browser?.close()
  })
  return {
    browser: () => {
      if (browser === undefined) throw new Error('Chromium has not been launched yet')
      return browser
    },
  }
}
