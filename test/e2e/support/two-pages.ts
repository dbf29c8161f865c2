import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { expect } from 'vitest'
import { libraryWithDossier } from '../../host/serve/support/serve-library'
import { startServe } from '../../host/serve/support/serve-process'
import { openDeskPage, waitForDesk } from '../../support/desk-page'
import type { DeskPage } from '../../support/desk-page'
import { tempDir } from '../../support/temp-dir'
import { cuttableLine } from './cuttable-line'
import type { CuttableLine } from './cuttable-line'

/** Long enough for a page to reconnect after its backoff (at most 10 s) and sync. */
export const RECONNECTED = { timeout: 20_000 }

export const connectionState = (page: Page): Promise<string | null> =>
  page.locator('.connection').first().getAttribute('data-state')

/** Two editors on one dossier of a real `dossier serve`; B's line to the host can be cut. */
export interface TwoPages {
  readonly a: DeskPage
  readonly b: DeskPage
  readonly line: CuttableLine
  /** Closes both pages and stops the serve. */
  close(): Promise<void>
}

/**
 * Starts a serve on a fresh library with one dossier and opens it in two browser profiles (two
 * device keys), A plainly and B through a cuttable line; both are Live when this returns.
 */
export const twoPagesOnOneDossier = async (browser: Browser): Promise<TwoPages> => {
  const data = path.join(await tempDir(), 'data')
  const dossierId = await libraryWithDossier(data)
  const serve = await startServe({ dataDir: data })
  const address = `${serve.url}&dossier=${dossierId}`
  const pages: DeskPage[] = []
  const close = async (): Promise<void> => {
    for (const page of pages) await page.close()
    await serve.stop('SIGTERM')
  }
  try {
    const a = await openDeskPage(browser, address)
    pages.push(a)
    let line: CuttableLine | undefined
    const b = await openDeskPage(browser, address, {
      beforeLoad: async (page) => (line = await cuttableLine(page)),
    })
    pages.push(b)
    if (line === undefined) throw new Error('the cuttable line was not set up before B loaded')
    for (const { page } of [a, b]) {
      await waitForDesk(page)
      await expect.poll(() => connectionState(page), RECONNECTED).toBe('live')
    }
    return { a, b, line, close }
  } catch (error) {
    await close()
    throw error
  }
}
