import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { Library } from '../../src/main/host/library/library'
import { Dossier } from '../../src/shared/dossier'
import { startServe } from '../host/serve/support/serve-process'
import { libraryWithDossier } from '../host/serve/support/serve-library'
import { SOURCE } from '../support/dossier-fixtures'
import {
  claimButton,
  detailPane,
  openDeskPage,
  screenshot,
  waitForDesk,
} from '../support/desk-page'
import { libraryWithConflict, selectInSource } from './support/desk-fixtures'
import { chromiumTitle, hasChromium, useServedChromium } from './support/served-chromium'
import { tempDir } from '../support/temp-dir'

const title = chromiumTitle('axe-core on every screen, in both themes')

/** WCAG 2.0 and 2.1, levels A and AA: what axe-core checks here. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
const THEMES = ['light', 'dark'] as const
type Theme = (typeof THEMES)[number]
/** The impacts that fail the test; moderate and minor ones are not looked at here. */
const FAILING = new Set(['serious', 'critical'])
/** Where the Theme select keeps its choice (src/renderer/logic/theme-choice.ts). */
const THEME_STORAGE_KEY = 'verification-desk.theme'

/**
 * Shows `theme` the way a second tab of the desk choosing it would: stored, and announced with a
 * `storage` event, which the app follows (src/renderer/state/theme.ts). Unlike the Theme select
 * this works while a modal dialog makes the header inert, so a dialog is checked in both themes
 * without closing it.
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

/**
 * axe-core's own message for a `color-contrast` check it leaves undecided because the element's
 * text is a glyph, not words: the signature marks (✓, ✗, ?) beside their written label. WCAG's
 * text contrast does not apply to them; their ink on their fill is held to 4.5:1 anyway, by
 * test/renderer/palette.test.ts. Any other undecided serious or critical check fails the test.
 */
const GLYPH_ONLY = 'Element content contains only non-text characters'

type AxeResult = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number]

/** One serious or critical result, as printed when the test fails. */
const describeResult = (screen: string, theme: Theme, kind: string, result: AxeResult): string =>
  `${screen} [${theme}] ${kind} ${result.id} (${result.impact}): ${result.help}\n` +
  result.nodes.map((node) => `    at ${JSON.stringify(node.target)}`).join('\n')

const isGlyphOnly = (result: AxeResult): boolean =>
  result.id === 'color-contrast' &&
  result.nodes.every((node) => node.any.some((check) => check.message === GLYPH_ONLY))

/**
 * Runs axe on `page` as it is now, in the light and the dark theme; collects every serious or
 * critical violation, and every serious or critical check axe could not decide (but glyphs).
 */
const audit = async (page: Page, screen: string, found: string[], shot?: string): Promise<void> => {
  for (const theme of THEMES) {
    await showTheme(page, theme)
    if (shot !== undefined) await screenshot(page, `a11y-${shot}-${theme}`)
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze()
    for (const violation of results.violations)
      if (FAILING.has(violation.impact ?? ''))
        found.push(describeResult(screen, theme, 'violation', violation))
    for (const undecided of results.incomplete)
      if (FAILING.has(undecided.impact ?? '') && !isGlyphOnly(undecided))
        found.push(describeResult(screen, theme, 'needs review', undecided))
  }
}

const report = (found: string[]): void => {
  if (found.length > 0) console.error(`axe-core found:\n${found.join('\n')}`)
  expect(found).toEqual([])
}

/** The library of library.test.ts, plus a second dossier moved to the trash. */
const libraryWithTrash = async (dir: string): Promise<void> => {
  await libraryWithDossier(dir)
  const library = await Library.open(dir)
  try {
    const id = await library.add((doc) =>
      Dossier.create(doc, { title: 'Harbour fire', sourceText: SOURCE }),
    )
    await library.delete(id)
  } finally {
    await library.close()
  }
}

describe.skipIf(!hasChromium)(title, () => {
  const served = useServedChromium()

  it('the library with its trash, joining with an invite, and the desk without its address', async () => {
    const data = path.join(await tempDir(), 'data')
    await libraryWithTrash(data)
    const serve = await startServe({ dataDir: data })
    const { page, errors, close } = await openDeskPage(served.browser(), serve.url)
    const found: string[] = []
    try {
      await page.locator('.dossier-link').first().waitFor()
      const trash = page.locator('.library-trash')
      await trash.locator('summary').click()
      await trash.getByText('Harbour fire').waitFor()
      await audit(page, 'library, trash open', found, 'library')

      await page.getByRole('button', { name: 'Join with an invite…' }).click()
      await page.getByLabel('Invite link').waitFor()
      await audit(page, 'join with an invite', found)

      const stranger = await openDeskPage(served.browser(), `${serve.origin}/`)
      try {
        await stranger.page
          .getByRole('heading', { name: 'Open the desk with its full address' })
          .waitFor()
        await audit(stranger.page, 'needs the full address', found, 'needs-address')
        expect(stranger.errors).toEqual([])
      } finally {
        await stranger.close()
      }
      expect(errors).toEqual([])
      report(found)
    } catch (error) {
      await screenshot(page, 'a11y-library-failure')
      throw error
    } finally {
      await close()
    }
  }, 180_000)

  it('a dossier: a conflict, the claim forms, every dialog and a frozen version', async () => {
    const data = path.join(await tempDir(), 'data')
    await libraryWithConflict(data)
    const serve = await startServe({ dataDir: data })
    const { page, errors, close } = await openDeskPage(served.browser(), serve.url)
    const found: string[] = []
    try {
      await page.locator('.dossier-link').first().click()
      await waitForDesk(page)
      await claimButton(page, 1).click()
      await detailPane(page).locator('.conflict-card').first().waitFor()
      await audit(page, 'claim with a conflict', found, 'conflict')

      await detailPane(page).getByRole('button', { name: 'Edit', exact: true }).click()
      const editing = page.locator('form.edit-claim')
      await editing.waitFor()
      await audit(page, 'edit claim form', found)
      await editing.getByRole('button', { name: 'Cancel' }).click()
      await editing.waitFor({ state: 'detached' })

      await selectInSource(page, 'The operator denied', 'any fault.')
      await page.getByRole('button', { name: 'New claim from selection' }).click()
      const adding = page.locator('form.new-claim-form')
      await adding.waitFor()
      await audit(page, 'new claim form', found, 'new-claim')
      await adding.getByRole('button', { name: 'Cancel' }).click()
      await adding.waitFor({ state: 'detached' })

      await page.getByRole('button', { name: 'Share…' }).click()
      const sharing = page.getByRole('dialog', { name: /^Share/ })
      await sharing.getByRole('heading', { name: 'In this session' }).waitFor()
      await audit(page, 'Share… dialog', found, 'share')
      await sharing.getByRole('button', { name: 'Close' }).click()
      await sharing.waitFor({ state: 'detached' })

      await page.getByRole('button', { name: 'Export…' }).click()
      const exporting = page.getByRole('dialog', { name: /^Export/ })
      await exporting.getByRole('button', { name: 'Download' }).waitFor()
      await audit(page, 'Export… dialog', found)
      await exporting.getByRole('button', { name: 'Close' }).click()
      await exporting.waitFor({ state: 'detached' })

      await page.locator('.source-text').focus()
      await page.keyboard.press('?')
      const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
      await shortcuts.waitFor()
      await audit(page, 'keyboard shortcuts dialog', found)
      await page.keyboard.press('Escape')
      await shortcuts.waitFor({ state: 'detached' })

      await page.getByRole('button', { name: 'Versions…' }).click()
      const versions = page.getByRole('dialog', { name: /^Versions/ })
      await versions.getByLabel('Name of the new version').fill('First look')
      await versions.getByRole('button', { name: 'Freeze version' }).click()
      await versions.getByText(/^Froze v1, “First look”/).waitFor()
      await versions.getByRole('button', { name: 'Close' }).click()
      // A change since v1, so the comparison has something to list.
      await claimButton(page, 2).click()
      const deciding = detailPane(page).locator('.decide form')
      await deciding.getByRole('radio', { name: /^Disputed/ }).check()
      await deciding.getByLabel('Rationale').fill('The operator’s own report says otherwise.')
      await deciding.getByRole('button', { name: 'Record decision' }).click()
      await detailPane(page).locator('.form-done').waitFor()
      await page.getByRole('button', { name: 'Versions…' }).click()
      await versions.getByRole('button', { name: 'Compare' }).click()
      await versions.locator('.version-diff').waitFor()
      await audit(page, 'Versions… dialog, compared', found, 'versions')

      await versions.getByRole('link', { name: 'Open v1 read-only' }).click()
      await page
        .locator('.read-only')
        .getByText(/This is version v1, “First look”/)
        .waitFor()
      await waitForDesk(page)
      await claimButton(page, 1).click()
      await detailPane(page).locator('.conflict-card').first().waitFor()
      await audit(page, 'frozen version, read-only', found, 'read-only')
      expect(errors).toEqual([])
      report(found)
    } catch (error) {
      await screenshot(page, 'a11y-dossier-failure')
      throw error
    } finally {
      await close()
    }
  }, 180_000)
})
