import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, Locator, Page } from 'playwright-core'

/** Where UI tests leave screenshots for a person to look at (gitignored). */
export const SCREENSHOTS = fileURLToPath(new URL('../e2e/screenshots/', import.meta.url))

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** A page on a fresh profile (its own IndexedDB) that records every error the app causes. */
export interface DeskPage {
  readonly page: Page
  readonly errors: string[]
  close(): Promise<void>
}

export const openDeskPage = async (
  browser: Browser,
  url: string,
  options: { beforeLoad?: (page: Page) => Promise<unknown> } = {},
): Promise<DeskPage> => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`)
  })
  await options.beforeLoad?.(page)
  await page.goto(url)
  return { page, errors, close: () => context.close() }
}

/** Waits until the dossier is on screen (IndexedDB opened, sample seeded or loaded). */
export const waitForDesk = (page: Page): Promise<void> =>
  page.locator('.claim-list').waitFor({ timeout: 15_000 })

export const claimButton = (page: Page, number: number): Locator =>
  page.locator('.claim-list .claim-button').filter({
    has: page.locator('.claim-number', { hasText: new RegExp(`^#${number}$`) }),
  })

export const detailPane = (page: Page): Locator => page.locator('.detail-pane')

export const countButton = (page: Page, title: string): Locator =>
  page.locator('.status-summary button').filter({ hasText: title })

export const screenshot = async (page: Page, name: string): Promise<void> => {
  await mkdir(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) })
}

/** Renames this page's editor with "Change name" and waits until the header signs with it. */
export const renameEditor = async (page: Page, name: string): Promise<void> => {
  await page.getByRole('button', { name: 'Change name' }).click()
  await page.getByLabel('Your name').fill(name)
  await page.getByRole('button', { name: 'Save' }).click()
  await page.locator('.identity-name', { hasText: name }).waitFor()
}
