import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { Library } from '../../src/main/host/library/library'
import { Dossier } from '../../src/shared/dossier'
import { startServe } from '../host/serve/support/serve-process'
import { openDeskPage, screenshot } from '../support/desk-page'
import { chromiumTitle, hasChromium, useServedChromium } from './support/served-chromium'
import { tempDir } from '../support/temp-dir'

const title = chromiumTitle('correcting a long story')

const PARAGRAPH =
  'The river authority said the water rose through the night and that crews were on the banks ' +
  'by dawn, while residents of the lower valley waited for word on the roads. '

/**
 * A story of 300 KB in the editor, against a real `dossier serve`: a keystroke in its middle is
 * one small edit, drawn without laying out the whole story again, and the mirror that gives the
 * highlights and cursors their place wraps exactly as the textarea does.
 */
describe.skipIf(!hasChromium)(title, () => {
  const served = useServedChromium()

  it('types in the middle of a 300 KB story, redrawing only the paragraph typed in', async () => {
    const root = await tempDir()
    const data = path.join(root, 'data')
    const story = Array.from({ length: 1800 }, (_, i) => `${i + 1}. ${PARAGRAPH}\n\n`).join('')
    expect(story.length).toBeGreaterThan(300_000)
    const library = await Library.open(data)
    await library.add((doc) => Dossier.create(doc, { title: 'Long story', sourceText: story }))
    await library.close()
    const serve = await startServe({ dataDir: data })
    const { page, errors, close } = await openDeskPage(served.browser(), serve.url)
    try {
      await page.locator('.dossier-link').first().click()
      await page.locator('.source-text').waitFor({ timeout: 30_000 })
      await page.getByRole('button', { name: 'Edit text' }).click()
      const editor = page.getByLabel('Source text of the story, editable')
      const middle = story.indexOf('900. ')
      await editor.evaluate(
        (element, at) =>
          (
            element as unknown as { setSelectionRange(a: number, b: number): void }
          ).setSelectionRange(at, at),
        middle,
      )
      // Which paragraphs of the mirror each keystroke changes: drawn as one text, every keystroke
      // laid out the whole story again (160 to 1,100 ms a keystroke on this machine); drawn as
      // paragraphs, only the one typed in changes. Counted, not timed: timings belong in the
      // benchmarks, not in a test on a shared machine.
      await page.evaluate(`(() => {
        const mirror = document.querySelector('.source-mirror')
        window.__touched = new Set()
        window.__records = 0
        new MutationObserver((records) => {
          for (const record of records) {
            window.__records++
            let node = record.target
            while (node && !(node.classList && node.classList.contains('source-paragraph')) && node !== mirror)
              node = node.parentNode
            window.__touched.add(node === mirror ? 'the mirror itself' : node)
          }
        }).observe(mirror, { subtree: true, childList: true, characterData: true })
      })()`)
      const paragraphs = await page.locator('.source-mirror .source-paragraph').count()
      expect(paragraphs).toBeGreaterThan(1800)
      await page.keyboard.type('Corrected: ', { delay: 30 })
      await expect
        .poll(() => editor.inputValue().then((value) => value.length))
        .toBe(story.length + 11)
      await expect.poll(() => page.evaluate<number>('window.__records')).toBeGreaterThan(0)
      const touched = await page.evaluate<string[]>(
        `[...window.__touched].map((node) => typeof node === 'string' ? node : node.textContent.slice(0, 20))`,
      )
      expect(touched).toEqual(['Corrected: 900. The '])
      expect((await editor.inputValue()).slice(middle, middle + 16)).toBe('Corrected: 900. ')
      // The mirror under the textarea wraps exactly as it does: same height, blank lines included.
      const heights = await page.evaluate<number[]>(
        `[document.querySelector('.source-input').scrollHeight, document.querySelector('.source-mirror').clientHeight]`,
      )
      expect(Math.abs(heights[0]! - heights[1]!)).toBeLessThan(2)
      await screenshot(page, 'source-editing-long')
      expect(errors).toEqual([])
    } finally {
      await close()
    }
  }, 120_000)
})
