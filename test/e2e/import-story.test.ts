import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { libraryWithDossier } from '../host/serve/support/serve-library'
import { startServe } from '../host/serve/support/serve-process'
import { png, randomBytes } from '../shared/ingest/binary-files'
import { PARAGRAPHS } from '../shared/ingest/language-samples'
import { cli } from '../support/run-cli'
import {
  claimButton,
  detailPane,
  openDeskPage,
  screenshot,
  waitForDesk,
  renameEditor,
} from '../support/desk-page'
import { chromiumTitle, hasChromium, useServedChromium } from './support/served-chromium'
import { tempDir } from '../support/temp-dir'

const title = chromiumTitle('importing a story from the app')

const ARABIC_STORY = [
  '# انهيار جسر في المدينة',
  '',
  PARAGRAPHS['ar']!,
  '',
  'وقال المتحدث باسم الدفاع المدني إن 12 شخصا أصيبوا، ثم عاد وقال إن العدد ارتفع إلى 15.',
].join('\n')

/**
 * The library screen's import form against a real `dossier serve`: a PNG or an MP3 chosen by
 * mistake is refused in the form, saying what it is, and nothing reaches the library; a UTF-16
 * story is read as such; an Arabic story becomes a dossier that opens right-to-left.
 */
describe.skipIf(!hasChromium)(title, () => {
  const served = useServedChromium()

  it('refuses a PNG or an MP3 in the form; an Arabic story opens right-to-left', async () => {
    const root = await tempDir()
    const data = path.join(root, 'library')
    const serve = await startServe({ dataDir: data })
    /** The host's library, asked through the running host as `dossier list` does. */
    const listed = async (): Promise<string[]> => {
      const result = await cli(['list', '--json', '--data', data], { cwd: root })
      expect(result).toMatchObject({ code: 0, stderr: '' })
      return (JSON.parse(result.stdout) as { dossiers: { id: string }[] }).dossiers.map(
        ({ id }) => id,
      )
    }

    const { page, errors, close } = await openDeskPage(served.browser(), serve.url)
    try {
      await page.locator('.connection[data-state="live"]').first().waitFor()
      const form = page.locator('.story-import')
      const choose = page.getByLabel('Story file')

      // A photo, named like a story: the form reads its first bytes and says what it is.
      await choose.setInputFiles({
        name: 'photo.png',
        mimeType: 'image/png',
        buffer: Buffer.from(png()),
      })
      await expect
        .poll(() => form.locator('.form-error').textContent())
        .toBe(
          "photo.png was not imported: this file is a PNG image (a binary file), not a story: import the story's text, HTML or Markdown",
        )
      await expect.poll(() => choose.isEnabled()).toBe(true)
      await screenshot(page, 'import-png-refused')
      // MP3 frames start with bytes that read as text only as U+FFFD: that the form names the
      // format shows the check ran on the file's bytes, in the page, before any upload.
      await choose.setInputFiles({
        name: 'voice.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from([0xff, 0xfb, 0x90, 0x64, ...randomBytes(30, 4000)]),
      })
      await expect
        .poll(() => form.locator('.form-error').textContent())
        .toMatch(/^voice\.txt was not imported: this file is an MP3 audio file \(a binary file\)/)
      expect(await listed()).toEqual([])

      // UTF-16 with a byte order mark is text: the form decodes it (File.text() reads UTF-8).
      const french = `# Fermeture du pont\n\n${PARAGRAPHS['fr']}\n`
      await choose.setInputFiles({
        name: 'pont.md',
        mimeType: 'text/markdown',
        buffer: Buffer.from([0xff, 0xfe, ...Buffer.from(french, 'utf16le')]),
      })
      const done = form.locator('.form-done')
      await expect.poll(() => done.textContent()).toContain('Imported “Fermeture du pont”')

      await choose.setInputFiles({
        name: 'jisr.md',
        mimeType: 'text/markdown',
        buffer: Buffer.from(ARABIC_STORY),
      })
      await expect.poll(() => done.textContent()).toContain('Imported “انهيار جسر في المدينة”')
      // The two stories are all the library holds: the refused files left nothing behind.
      expect(await listed()).toHaveLength(2)

      await done.getByRole('link', { name: 'Open it' }).click()
      await waitForDesk(page)
      const source = page.locator('.source-text')
      await expect.poll(() => source.getAttribute('dir')).toBe('rtl')
      expect(await source.getAttribute('lang')).toBe('ar')
      expect(await source.textContent()).toContain('صوّت المجلس البلدي')
      expect(await page.locator('h1').getAttribute('dir')).toBe('rtl')
      const claimTexts = page.locator('.claim-list .claim-text')
      expect(await claimTexts.count()).toBeGreaterThan(0)
      for (const text of await claimTexts.all()) expect(await text.getAttribute('dir')).toBe('rtl')
      // Right-to-left as the browser lays it out, not only as marked.
      const direction = await page.evaluate(
        "getComputedStyle(document.querySelector('.source-text')).direction",
      )
      expect(direction).toBe('rtl')
      await page.locator('.claim-list .claim-button').first().click()
      await expect.poll(() => page.locator('.detail-text').getAttribute('dir')).toBe('rtl')
      await screenshot(page, 'import-arabic-rtl')
      expect(errors).toEqual([])
    } catch (error) {
      await screenshot(page, 'import-story-failure')
      throw error
    } finally {
      await close()
    }
  })

  it('records an import as made by the name the page signs with, not the host’s account', async () => {
    const root = await tempDir()
    const data = path.join(root, 'library')
    await libraryWithDossier(data)
    const serve = await startServe({ dataDir: data })
    const { page, errors, close } = await openDeskPage(served.browser(), serve.url)
    try {
      await page.locator('.dossier-link').first().click()
      await waitForDesk(page)
      await renameEditor(page, 'Ana Ruiz')

      await page.goto(serve.url)
      await page.locator('.connection[data-state="live"]').first().waitFor()
      await page.getByLabel('Story file').setInputFiles({
        name: 'bridge.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(
          'Bridge closed\n\nThe city transport department said on Tuesday that 4 of the 12 bearings were cracked.\n',
        ),
      })
      const done = page.locator('.story-import .form-done')
      await expect.poll(() => done.textContent()).toContain('Imported “Bridge closed”')
      await done.getByRole('link', { name: 'Open it' }).click()
      await waitForDesk(page)
      await claimButton(page, 1).click()
      const recorded = detailPane(page)
        .locator('dt', { hasText: /^Recorded$/ })
        .locator('+ dd')
      await expect.poll(() => recorded.textContent()).toMatch(/^by Ana Ruiz, /)
      await screenshot(page, 'import-recorded-by-editor')
      expect(errors).toEqual([])
    } catch (error) {
      await screenshot(page, 'import-recorded-by-failure')
      throw error
    } finally {
      await close()
    }
  })
})
