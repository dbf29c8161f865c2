import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { SAMPLE_VERSION_NAME } from '../../src/shared/sample'
import { startServe } from '../host/serve/support/serve-process'
import type { ServeProcess } from '../host/serve/support/serve-process'
import { SCREENSHOTS, detailPane, openDeskPage, waitForDesk } from '../support/desk-page'
import type { DeskPage } from '../support/desk-page'
import { tempDir } from '../support/temp-dir'
import { selectInSource } from './support/desk-fixtures'
import { chromiumTitle, hasChromium, useServedChromium } from './support/served-chromium'

/**
 * A screenshot of every screen and dialog of the desk, in the light and the dark theme, against
 * `dossier serve --sample`: test/e2e/screenshots/tour/<theme>-<screen>.png (gitignored), for a
 * person to look through. Each step is named and waits for its screen's own heading or landmark;
 * a step whose screen does not appear, or that logs a page error, fails the test. To show a new
 * screen, add a step to TOUR where the page is in the state it needs.
 */
const title = chromiumTitle('a screenshot tour of every screen, in both themes')

const TOUR_DIR = path.join(SCREENSHOTS, 'tour')
const THEMES = ['light', 'dark'] as const
type Theme = (typeof THEMES)[number]
/** Where the Theme select keeps its choice (src/renderer/logic/theme-choice.ts). */
const THEME_STORAGE_KEY = 'verification-desk.theme'

interface Tour {
  readonly browser: Browser
  readonly serve: ServeProcess
  /** The tab the tour walks through; steps leave it where the next one starts. */
  readonly page: Page
}

interface Shown {
  /** What proves the screen is up (a heading, a dialog, a landmark): it must be visible. */
  readonly landmark: Locator
  /** A screen shown in a browser profile of its own, closed after its screenshots. */
  readonly ownPage?: DeskPage
}

interface TourStep {
  /** The screenshot's name: `<theme>-<screen>.png`. */
  readonly screen: string
  /** Brings the tour's page (or a page of its own) to the screen. */
  readonly show: (tour: Tour) => Promise<Shown>
  /** Puts the page back for the next step (closes a dialog, a form). */
  readonly leave?: (tour: Tour) => Promise<void>
  /** Console errors the step causes on purpose (a stopped host refuses connections). */
  readonly expectedErrors?: RegExp
}

/**
 * Shows `theme` as a second tab choosing it would: stored and announced with a `storage` event,
 * which the app follows (src/renderer/state/theme.ts). Unlike the Theme select this works while
 * a modal dialog makes the header inert, so a dialog is shot in both themes without closing it.
 */
const showTheme = async (page: Page, theme: Theme): Promise<void> => {
  await page.evaluate(`(() => {
    const key = ${JSON.stringify(THEME_STORAGE_KEY)}
    const theme = ${JSON.stringify(theme)}
    window.localStorage.setItem(key, theme)
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: theme }))
  })()`)
  await expect
    .poll(() => page.evaluate<string | undefined>('document.documentElement.dataset.theme'))
    .toBe(theme)
}

const dialog = (page: Page, name: RegExp | string): Locator => page.getByRole('dialog', { name })

const closeDialog = async (page: Page, name: RegExp | string): Promise<void> => {
  const open = dialog(page, name)
  await open.getByRole('button', { name: 'Close', exact: true }).click()
  await open.waitFor({ state: 'detached' })
}

/** Scrolls `element` to the top of whatever scrolls it. */
const scrollToTop = (element: Locator): Promise<void> =>
  element.evaluate((node) => node.scrollIntoView({ block: 'start' }))

/** Opens the claim whose text holds `words`, through the search, then clears the search. */
const openClaim = async (page: Page, words: string): Promise<void> => {
  const search = page.getByLabel('Search claims')
  await search.fill(words)
  const found = page.locator('.claim-list .claim-button')
  await expect.poll(() => found.count()).toBe(1)
  await found.click()
  await search.fill('')
  await expect.poll(() => found.count()).toBeGreaterThan(1)
  await search.blur()
  // The pane keeps its scroll from the claim before; each screen starts at the claim's top.
  await detailPane(page).evaluate((pane) => pane.scrollTo(0, 0))
}

/** The detail pane's section headed `heading`, scrolled to the top of the pane. */
const section = async (page: Page, heading: string | RegExp): Promise<Locator> => {
  const title = detailPane(page).getByRole('heading', { name: heading })
  await scrollToTop(title)
  return title
}

const TOUR: readonly TourStep[] = [
  {
    screen: 'library',
    show: async ({ page }) => {
      await page.locator('.dossier-link').first().waitFor()
      return { landmark: page.getByRole('heading', { name: 'Library', level: 1 }) }
    },
  },
  {
    screen: 'new-dossier-form',
    show: async ({ page }) => {
      const form = page.locator('form.new-dossier')
      await form.getByLabel('Title').fill('Harbour road closure')
      await form.getByLabel('Story line (optional)').fill('Scratch dossier for the tour')
      return { landmark: form.getByRole('heading', { name: 'New dossier' }) }
    },
    leave: async ({ page }) => {
      const form = page.locator('form.new-dossier')
      await form.getByRole('button', { name: 'Create' }).click()
      await form.locator('.form-done').waitFor()
    },
  },
  {
    screen: 'import-form',
    show: async ({ page }) => {
      const form = page.getByRole('region', { name: 'Import a story' })
      await form.getByLabel('Story file').setInputFiles({
        name: 'quay-closure.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(
          'Quay road closed after fire\n\nHarbour master Tomas Riel said on Monday that the quay road would stay closed until Friday.\n\nThe road carries about 400 lorries a day, the port said.\n',
        ),
      })
      await form.locator('.form-done').waitFor()
      await form.scrollIntoViewIfNeeded()
      return { landmark: form.getByRole('heading', { name: 'Import a story' }) }
    },
  },
  {
    screen: 'trash',
    show: async ({ page }) => {
      const scratch = page
        .locator('.dossier-item')
        .filter({ has: page.locator('.dossier-name', { hasText: 'Harbour road closure' }) })
      await scratch.getByRole('button', { name: 'Move to trash' }).click()
      const trash = page.locator('.library-trash')
      await trash.locator('summary').click()
      await trash.getByText('Harbour road closure').waitFor()
      await trash.scrollIntoViewIfNeeded()
      return { landmark: trash.getByRole('button', { name: 'Restore' }) }
    },
  },
  {
    screen: 'dossier-claim',
    show: async ({ page }) => {
      await page
        .locator('.dossier-item')
        .filter({ hasText: 'Brennock fish market fire' })
        .locator('.dossier-link')
        .click()
      await waitForDesk(page)
      await openClaim(page, 'revised the number to 17')
      return { landmark: detailPane(page).getByRole('heading', { name: /^Claim #\d+/ }) }
    },
  },
  {
    screen: 'conflict',
    show: async ({ page }) => {
      await openClaim(page, 'sprinklers had been repaired')
      return { landmark: detailPane(page).locator('.conflict-notice') }
    },
  },
  {
    screen: 'evidence-and-links',
    show: async ({ page }) => {
      await openClaim(page, 'Every door was checked')
      await section(page, 'Related claims')
      return { landmark: detailPane(page).getByRole('heading', { name: /^Evidence/ }) }
    },
  },
  {
    screen: 'revision-chain',
    show: async ({ page }) => {
      await openClaim(page, 'raised the number to 19')
      return { landmark: await section(page, 'Related claims') }
    },
  },
  {
    screen: 'comments',
    show: async ({ page }) => {
      await openClaim(page, 'Quayside Workers Union')
      return { landmark: await section(page, /^Comments/) }
    },
  },
  {
    screen: 'quote-edited',
    show: async ({ page }) => {
      await openClaim(page, 'started in Shed 4')
      // The notice is above the source text: scrolled to the top, under the pane's heading.
      await page.locator('.source-pane').evaluate((pane) => pane.scrollTo(0, 0))
      return { landmark: page.locator('.source-pane .quote-notice-edited') }
    },
  },
  {
    screen: 'quote-lost',
    show: async ({ page }) => {
      await openClaim(page, 'Pieter Lund')
      // The notice is above the source text: scrolled to the top, under the pane's heading.
      await page.locator('.source-pane').evaluate((pane) => pane.scrollTo(0, 0))
      return { landmark: page.locator('.source-pane .quote-notice-lost') }
    },
  },
  {
    screen: 'claim-edit-form',
    show: async ({ page }) => {
      await openClaim(page, 'safety inspection report')
      await detailPane(page).getByRole('button', { name: 'Edit', exact: true }).click()
      const form = page.locator('form.edit-claim')
      await form.waitFor()
      return { landmark: form }
    },
    leave: async ({ page }) => {
      const form = page.locator('form.edit-claim')
      await form.getByRole('button', { name: 'Cancel' }).click()
      await form.waitFor({ state: 'detached' })
    },
  },
  {
    screen: 'new-claim-from-selection',
    show: async ({ page }) => {
      await selectInSource(page, 'Harland County Police said', 'no arrests had been made.')
      await page.getByRole('button', { name: 'New claim from selection' }).click()
      const form = page.locator('form.new-claim-form')
      await form.waitFor()
      return { landmark: form }
    },
    leave: async ({ page }) => {
      const form = page.locator('form.new-claim-form')
      await form.getByRole('button', { name: 'Cancel' }).click()
      await form.waitFor({ state: 'detached' })
    },
  },
  {
    screen: 'decide-form',
    show: async ({ page }) => {
      await openClaim(page, 'ammonia tanks had not leaked')
      const form = detailPane(page).locator('.decide form')
      await form.getByRole('radio', { name: /^Confirmed/ }).check()
      await form.getByLabel('Rationale').fill('The county’s air monitor logged normal readings.')
      await form.scrollIntoViewIfNeeded()
      return { landmark: await section(page, 'Decide the status') }
    },
  },
  {
    screen: 'shortcuts-dialog',
    show: async ({ page }) => {
      await page.locator('.source-text').focus()
      await page.keyboard.press('?')
      return { landmark: dialog(page, 'Keyboard shortcuts') }
    },
    leave: async ({ page }) => {
      await page.keyboard.press('Escape')
      await dialog(page, 'Keyboard shortcuts').waitFor({ state: 'detached' })
    },
  },
  {
    screen: 'share-panel',
    show: async ({ page }) => {
      await page.getByRole('button', { name: 'Share…' }).click()
      const sharing = dialog(page, /^Share/)
      await sharing.getByRole('heading', { name: 'In this session' }).waitFor()
      return { landmark: sharing }
    },
    leave: ({ page }) => closeDialog(page, /^Share/),
  },
  {
    screen: 'versions-panel',
    show: async ({ page }) => {
      await page.getByRole('button', { name: 'Versions…' }).click()
      const versions = dialog(page, /^Versions/)
      await versions.getByText(SAMPLE_VERSION_NAME).first().waitFor()
      return { landmark: versions.getByRole('heading', { name: 'Frozen versions' }) }
    },
  },
  {
    screen: 'versions-compare',
    show: async ({ page }) => {
      const versions = dialog(page, /^Versions/)
      await versions.getByRole('button', { name: 'Compare' }).click()
      const diff = versions.locator('.version-diff')
      await diff.waitFor()
      await diff.scrollIntoViewIfNeeded()
      return { landmark: diff }
    },
  },
  {
    screen: 'read-only-version',
    show: async ({ page }) => {
      await dialog(page, /^Versions/)
        .getByRole('link', { name: 'Open v1 read-only' })
        .click()
      await waitForDesk(page)
      await openClaim(page, 'raised the number to 19')
      return {
        landmark: page.locator('.read-only').getByText(/This is version v1/),
      }
    },
    leave: async ({ page }) => {
      await page.getByRole('link', { name: '← Back to the dossier' }).click()
      await page.locator('.read-only').waitFor({ state: 'detached' })
      await waitForDesk(page)
    },
  },
  {
    screen: 'export-panel',
    show: async ({ page }) => {
      await page.getByRole('button', { name: 'Export…' }).click()
      const exporting = dialog(page, /^Export/)
      await exporting.getByRole('button', { name: 'Download' }).waitFor()
      return { landmark: exporting }
    },
    leave: ({ page }) => closeDialog(page, /^Export/),
  },
  {
    screen: 'needs-address',
    show: async ({ browser, serve }) => {
      const stranger = await openDeskPage(browser, `${serve.origin}/`)
      return {
        landmark: stranger.page.getByRole('heading', {
          name: 'Open the desk with its full address',
        }),
        ownPage: stranger,
      }
    },
  },
  {
    // Last: the host stops, and the open dossier carries on from this device's copy.
    screen: 'offline',
    show: async ({ page, serve }) => {
      await serve.stop('SIGTERM')
      return { landmark: page.locator('.connection[data-state="offline"]').first() }
    },
    expectedErrors: /WebSocket connection to .* failed|net::ERR_CONNECTION_REFUSED/,
  },
]

describe.skipIf(!hasChromium)(title, () => {
  const served = useServedChromium()

  it('shows every screen and dialog, without a page error, in the light and the dark theme', async () => {
    await mkdir(TOUR_DIR, { recursive: true })
    const data = path.join(await tempDir(), 'data')
    const serve = await startServe({ dataDir: data, args: ['--sample'] })
    const desk = await openDeskPage(served.browser(), serve.url)
    // A step whose screen does not come fails on its own, naming what it waited for.
    desk.page.setDefaultTimeout(15_000)
    const tour: Tour = { browser: served.browser(), serve, page: desk.page }
    let current = 'start'
    try {
      for (const step of TOUR) {
        current = step.screen
        const errorsBefore = desk.errors.length
        const shown = await step.show(tour)
        const page = shown.ownPage?.page ?? desk.page
        shown.ownPage?.page.setDefaultTimeout(15_000)
        await shown.landmark.waitFor({ state: 'visible' })
        for (const theme of THEMES) {
          await showTheme(page, theme)
          await page.screenshot({ path: path.join(TOUR_DIR, `${theme}-${step.screen}.png`) })
        }
        if (shown.ownPage !== undefined) {
          expect(shown.ownPage.errors, step.screen).toEqual([])
          await shown.ownPage.close()
        }
        await step.leave?.(tour)
        const errors = desk.errors
          .slice(errorsBefore)
          .filter((error) => step.expectedErrors?.test(error) !== true)
        expect(errors, `page errors during “${step.screen}”`).toEqual([])
      }
    } catch (error) {
      await desk.page.screenshot({ path: path.join(TOUR_DIR, `failed-${current}.png`) })
      throw error
    } finally {
      await desk.close()
    }
  }, 300_000)
})
