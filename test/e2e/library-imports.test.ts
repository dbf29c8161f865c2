import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { Library } from '../../src/main/host/library/library'
import { Dossier } from '../../src/shared/dossier'
import { startServe } from '../host/serve/support/serve-process'
import { png } from '../shared/ingest/binary-files'
import { PARAGRAPHS } from '../shared/ingest/language-samples'
import { alice, SOURCE, span, tickingClock } from '../support/dossier-fixtures'
import { cli } from '../support/run-cli'
import { claimButton, openDeskPage, screenshot, waitForDesk } from '../support/desk-page'
import { chromiumTitle, hasChromium, useServedChromium } from './support/served-chromium'
import { tempDir } from '../support/temp-dir'

const title = chromiumTitle('importing into the library: drop, paste, JSON exports, flags')

const STORY = `# Ferry capsizes off Kessel Point

The coast guard said 18 passengers were rescued after the ferry capsized on Monday morning.

The regional governor told reporters that 9 people had died, a figure later revised to 14.
`

const ARABIC_STORY = [
  '# انهيار جسر في المدينة',
  '',
  PARAGRAPHS['ar']!,
  '',
  'وقال المتحدث باسم الدفاع المدني إن 12 شخصا أصيبوا، ثم عاد وقال إن العدد ارتفع إلى 15.',
].join('\n')

/** Drops a file on the library screen as a browser would: dragenter, dragover, drop. */
const dropFile = async (page: Page, name: string, type: string, bytes: Uint8Array) => {
  // A string, as the page's DataTransfer and File are not Node's types.
  const base64 = Buffer.from(bytes).toString('base64')
  const dataTransfer = await page.evaluateHandle(`(() => {
    const transfer = new DataTransfer()
    const content = Uint8Array.from(atob('${base64}'), (char) => char.charCodeAt(0))
    transfer.items.add(new File([content], ${JSON.stringify(name)}, { type: ${JSON.stringify(type)} }))
    return transfer
  })()`)
  await page.dispatchEvent('.library-drop', 'dragenter', { dataTransfer })
  await page.dispatchEvent('.library-drop', 'dragover', { dataTransfer })
  await expect.poll(() => page.locator('.drop-target').isVisible()).toBe(true)
  await screenshot(page, `library-drop-target-${name.replace(/\W/g, '-')}`)
  await page.dispatchEvent('.library-drop', 'drop', { dataTransfer })
  await expect.poll(() => page.locator('.drop-target').count()).toBe(0)
}

/**
 * A dossier (made elsewhere) whose first claim has a signed decision and whose second claim's
 * quote was deleted from the source, exported as JSON; the decision's rationale is then changed
 * without signing again, as a tampered copy would be.
 */
const tamperedJsonExport = async (root: string): Promise<string> => {
  const data = path.join(root, 'elsewhere')
  const library = await Library.open(data)
  const id = await library.add((doc) => {
    const dossier = Dossier.create(
      doc,
      { title: 'Dam failure (copy)', sourceText: SOURCE },
      { now: tickingClock() },
    )
    const [missing, raised, denied] = dossier.addClaims(
      [
        {
          text: '23 people were missing',
          attribution: { who: 'River Authority' },
          kind: 'figure',
          quote: span(SOURCE, '23 people were missing'),
        },
        {
          text: 'The figure was raised to 31',
          attribution: { who: 'Provincial official' },
          kind: 'figure',
          quote: span(SOURCE, 'raised the figure to 31'),
        },
        { text: 'The operator denied any fault', attribution: { who: 'Operator' }, kind: 'denial' },
      ],
      alice,
    )
    dossier.decide(missing!, { status: 'confirmed', rationale: 'Two sources agree.' }, alice)
    dossier.decide(denied!, { status: 'disputed', rationale: 'Inspectors found a fault.' }, alice)
    const { start, end } = span(SOURCE, 'raised the figure to 31')
    dossier.editSource(start, end - start)
    expect(dossier.quote(raised!).state).toBe('lost')
    return dossier
  })
  await library.close()
  const exported = await cli(['export', id, '--format', 'json', '--data', data])
  expect(exported.code, exported.stderr).toBe(0)
  const json = JSON.parse(exported.stdout) as { decisions: { rationale: string }[] }
  const signed = json.decisions.find((decision) => decision.rationale === 'Two sources agree.')!
  signed.rationale = 'One source.'
  const file = path.join(root, 'tampered.json')
  await writeFile(file, JSON.stringify(json))
  return file
}

/** Shows `theme` as another tab choosing it would: this works while a dialog makes the header inert. */
const showTheme = async (page: Page, theme: 'light' | 'dark'): Promise<void> => {
  await page.evaluate(`(() => {
    window.localStorage.setItem('verification-desk.theme', '${theme}')
    window.dispatchEvent(new StorageEvent('storage', { key: 'verification-desk.theme', newValue: '${theme}' }))
  })()`)
  await expect
    .poll(() => page.evaluate<string | undefined>('document.documentElement.dataset.theme'))
    .toBe(theme)
}

/**
 * Serious or critical axe-core findings (WCAG 2.0/2.1 A and AA) on the page as it is, in the
 * dark and then the light theme (left showing), as accessibility.test.ts checks every screen,
 * for the parts this suite adds.
 */
const axeFindings = async (
  page: Page,
  screen: string,
  parts: readonly string[],
): Promise<string[]> => {
  const found: string[] = []
  for (const theme of ['dark', 'light'] as const) {
    await showTheme(page, theme)
    const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    for (const part of parts) builder.include(part)
    const results = await builder.analyze()
    for (const result of [...results.violations, ...results.incomplete]) {
      if (result.impact !== 'serious' && result.impact !== 'critical') continue
      const where = JSON.stringify(result.nodes.map((node) => node.target))
      found.push(`${screen} [${theme}] ${result.id}: ${result.help} at ${where}`)
    }
  }
  return found
}

describe.skipIf(!hasChromium)(title, () => {
  const served = useServedChromium()

  it('drops a story and a PNG, pastes an Arabic story, opens a tampered JSON export', async () => {
    const root = await tempDir()
    const data = path.join(root, 'library')
    const tampered = await tamperedJsonExport(root)
    const serve = await startServe({ dataDir: data })
    const listed = async (): Promise<string[]> => {
      const result = await cli(['list', '--json', '--data', data], { cwd: root })
      expect(result).toMatchObject({ code: 0, stderr: '' })
      return (JSON.parse(result.stdout) as { dossiers: { title: string }[] }).dossiers.map(
        ({ title }) => title,
      )
    }
    const { page, errors, close } = await openDeskPage(served.browser(), serve.url)
    try {
      await page.locator('.connection[data-state="live"]').first().waitFor()
      const outcome = page.locator('.drop-outcome')

      // A PNG dropped on the screen is refused before anything is sent: nothing is added.
      await dropFile(page, 'photo.png', 'image/png', png())
      await expect
        .poll(() => outcome.getByRole('alert').textContent())
        .toBe(
          "photo.png was not imported: this file is a PNG image (a binary file), not a story: import the story's text, HTML or Markdown",
        )
      expect(await listed()).toEqual([])
      await screenshot(page, 'library-drop-png-refused')

      // A story dropped anywhere becomes a dossier.
      await dropFile(page, 'ferry.md', 'text/markdown', Buffer.from(STORY))
      await expect
        .poll(() => outcome.locator('.form-done').textContent())
        .toMatch(/^Imported “Ferry capsizes off Kessel Point” with \d+ claims?\./)
      expect(await listed()).toEqual(['Ferry capsizes off Kessel Point'])

      // A pasted Arabic story, language detected, makes a right-to-left dossier.
      const paste = page.locator('section', {
        has: page.getByRole('heading', { name: 'Paste a story' }),
      })
      await paste.getByRole('button', { name: 'Import the text' }).click()
      await expect
        .poll(() => paste.getByRole('alert').textContent())
        .toBe('Paste the story’s text first.')
      await paste.getByLabel('Title (optional)').fill('جسر المدينة')
      await paste.getByLabel('Story text').fill(ARABIC_STORY)
      expect(await paste.getByLabel('Language').inputValue()).toBe('detect')
      await paste.getByRole('button', { name: 'Import the text' }).click()
      await expect
        .poll(() => paste.locator('.form-done').textContent())
        .toContain('Imported “جسر المدينة”')
      expect(await paste.getByLabel('Story text').inputValue()).toBe('')

      // A JSON export with a tampered decision, from "Open a dossier file": the note says so.
      const open = page.locator('section', {
        has: page.getByRole('heading', { name: 'Open a dossier file' }),
      })
      await open.getByLabel('.dossier file or JSON export').setInputFiles(tampered)
      await expect
        .poll(() => open.locator('.import-warning').textContent())
        .toBe(
          'Imported, but 1 decision in it is tampered: it is kept in the history and decides nothing.',
        )
      expect(await open.locator('.form-done').textContent()).toContain('Added “Dam failure (copy)”')
      expect((await listed()).sort()).toEqual(
        ['Dam failure (copy)', 'Ferry capsizes off Kessel Point', 'جسر المدينة'].sort(),
      )
      const findings = await axeFindings(page, 'library after imports', [
        '.library-main',
        '.drop-outcome',
      ])
      await open.locator('.import-warning').scrollIntoViewIfNeeded()
      await screenshot(page, 'library-imports-light')
      await showTheme(page, 'dark')
      await screenshot(page, 'library-imports-dark')
      await showTheme(page, 'light')

      // The Arabic dossier reads right to left.
      await page.locator('.dossier-link', { hasText: 'جسر المدينة' }).click()
      await waitForDesk(page)
      await expect.poll(() => page.locator('.source-text').getAttribute('dir')).toBe('rtl')
      expect(await page.locator('.source-text').getAttribute('lang')).toBe('ar')
      await page.goBack()
      await page.locator('.dossier-link', { hasText: 'Dam failure (copy)' }).waitFor()

      // The tampered dossier: the claim is flagged in the list, the counts show it, and its
      // count filters the list; the lost quote likewise.
      await page.locator('.dossier-link', { hasText: 'Dam failure (copy)' }).click()
      await waitForDesk(page)
      const untrustedFlag = claimButton(page, 1).locator('.flag-untrusted')
      await expect
        .poll(() => untrustedFlag.textContent())
        .toBe('Unsigned/tampered' + 'Its status left out 1 decision that is unsigned or tampered.')
      expect(await claimButton(page, 2).locator('.flag-quote-lost').count()).toBe(1)
      // The shape beside the colour, drawn with empty alternative text.
      expect(
        await page.evaluate<string>(
          "getComputedStyle(document.querySelector('.claim-list .flag-untrusted > span'), '::before').content",
        ),
      ).toBe('"⚠ " / ""')
      expect(await claimButton(page, 3).locator('.claim-flag').count()).toBe(0)
      const counts = page.getByRole('navigation', { name: 'Claims by status' })
      const untrustedCount = counts.getByRole('button', { name: /unsigned\/tampered/ })
      const lostCount = counts.getByRole('button', { name: /quote lost/ })
      expect(await untrustedCount.textContent()).toBe('1 unsigned/tampered')
      expect(await lostCount.textContent()).toBe('1 quote lost')
      await untrustedCount.click()
      await expect.poll(() => page.locator('.claim-list .claim-button').count()).toBe(1)
      expect(await untrustedCount.getAttribute('aria-pressed')).toBe('true')
      await expect.poll(() => page.url()).toContain('untrusted=1')
      await claimButton(page, 1).click()
      await expect
        .poll(() => page.locator('.detail-pane .claim-flag-notice').textContent())
        .toContain('Unsigned or tampered decision.')
      findings.push(
        ...(await axeFindings(page, 'desk with flags', [
          '.status-summary',
          '.list-pane',
          '.detail-pane .claim-detail-flags',
        ])),
      )
      await screenshot(page, 'flags-untrusted-light')
      await untrustedCount.click()
      await lostCount.click()
      await expect.poll(() => page.locator('.claim-list .claim-button').count()).toBe(1)
      await expect.poll(() => page.url()).toContain('lostquote=1')
      await claimButton(page, 2).click()
      await expect
        .poll(() => page.locator('.detail-pane .claim-flag-notice').textContent())
        .toContain('Quote lost.')
      await showTheme(page, 'dark')
      await screenshot(page, 'flags-lost-quote-dark')
      await lostCount.click()
      await screenshot(page, 'flags-list-dark')
      await showTheme(page, 'light')
      await screenshot(page, 'flags-list-light')

      // ClaimReview with the publisher's fields: a bad address is refused in words, then the
      // download carries the fields.
      await page.getByRole('button', { name: 'Export…' }).click()
      const exporting = page.getByRole('dialog', { name: /^Export/ })
      await exporting.getByRole('radio', { name: /^ClaimReview/ }).check()
      await exporting.getByLabel('Review page address').fill('ftp://news.example/checks')
      await exporting.getByLabel('Publisher’s name').fill('Harbour News')
      await exporting.getByLabel('Publisher’s address').fill('https://news.example')
      await exporting.getByLabel('Who made the claims').selectOption('organization')
      await exporting.getByRole('button', { name: 'Download' }).click()
      await expect
        .poll(() => exporting.getByRole('alert').textContent())
        .toBe(
          'The review page must be a web address starting with http:// or https://, with no spaces.',
        )
      findings.push(...(await axeFindings(page, 'ClaimReview fields', ['dialog.share-panel'])))
      await screenshot(page, 'claimreview-fields-refused')
      await exporting
        .getByLabel('Review page address')
        .fill('https://news.example/checks/dam-{number}')
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        exporting.getByRole('button', { name: 'Download' }).click(),
      ])
      const saved = path.join(root, 'claimreview.json')
      await download.saveAs(saved)
      const reviews = JSON.parse(await readFile(saved, 'utf8')) as Record<string, unknown>[]
      // Only claim 3 has a signed verdict: claim 1's decision is tampered and decides nothing.
      expect(reviews).toHaveLength(1)
      expect(reviews[0]).toMatchObject({
        url: 'https://news.example/checks/dam-3',
        claimReviewed: 'The operator denied any fault',
        author: { '@type': 'Organization', name: 'Harbour News', url: 'https://news.example/' },
        itemReviewed: { author: { '@type': 'Organization', name: 'Operator' } },
      })
      await screenshot(page, 'claimreview-fields-light')
      // Remembered for this dossier: the panel opened again shows what was typed.
      await exporting.getByRole('button', { name: 'Close' }).click()
      await showTheme(page, 'dark')
      await page.getByRole('button', { name: 'Export…' }).click()
      await exporting.getByRole('radio', { name: /^ClaimReview/ }).check()
      expect(await exporting.getByLabel('Publisher’s name').inputValue()).toBe('Harbour News')
      expect(await exporting.getByLabel('Review page address').inputValue()).toBe(
        'https://news.example/checks/dam-{number}',
      )
      await screenshot(page, 'claimreview-fields-dark')
      expect(findings).toEqual([])
      expect(errors).toEqual([])
    } catch (error) {
      await screenshot(page, 'library-imports-failure')
      throw error
    } finally {
      await close()
    }
  }, 180_000)

  it('imports a file dropped on an open dossier: the library opens and says how it went', async () => {
    const root = await tempDir()
    const serve = await startServe({ dataDir: path.join(root, 'library') })
    const { page, errors, close } = await openDeskPage(served.browser(), serve.url)
    try {
      await page.locator('.connection[data-state="live"]').first().waitFor()
      await dropFile(page, 'ferry.md', 'text/markdown', Buffer.from(STORY))
      await page.locator('.dossier-link', { hasText: 'Ferry capsizes off Kessel Point' }).click()
      await waitForDesk(page)

      // Dropped on the dossier (the desktop app's window shows one most of the time).
      const second = STORY.replace('Ferry capsizes off Kessel Point', 'Second ferry sinks')
      const base64 = Buffer.from(second).toString('base64')
      const dataTransfer = await page.evaluateHandle(`(() => {
        const transfer = new DataTransfer()
        const content = Uint8Array.from(atob('${base64}'), (char) => char.charCodeAt(0))
        transfer.items.add(new File([content], 'second.md', { type: 'text/markdown' }))
        return transfer
      })()`)
      await page.dispatchEvent('.claim-list', 'dragover', { dataTransfer })
      await page.dispatchEvent('.claim-list', 'drop', { dataTransfer })

      await expect.poll(() => new URL(page.url()).hash).toBe('#library')
      await expect
        .poll(() => page.locator('.drop-outcome .form-done').textContent())
        .toMatch(/^Imported “Second ferry sinks” with \d+ claims?\./)
      await page.locator('.dossier-link', { hasText: 'Second ferry sinks' }).waitFor()
      await screenshot(page, 'library-drop-from-dossier')
      expect(errors).toEqual([])
    } finally {
      await close()
    }
  }, 90_000)
})
