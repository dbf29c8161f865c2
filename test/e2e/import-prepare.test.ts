import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { startServe } from '../host/serve/support/serve-process'
import { openDeskPage, screenshot } from '../support/desk-page'
import { tempDir } from '../support/temp-dir'
import { chromiumTitle, hasChromium, useServedChromium } from './support/served-chromium'

const title = chromiumTitle('readying the host’s import worker from the import forms')

const STORY = [
  '# Bridge closed after inspection',
  '',
  'Engineers closed the Tarrow bridge on Monday after finding 14 cracked bearings, the county council said.',
].join('\n')

/**
 * Pointing at an import form asks the host to ready its import worker (`prepareImport`), once
 * per form entered, and a story chosen right after is imported whole: the job waits behind the
 * worker's warm-up. What the host does with the request is tested in library-rpc.test.ts.
 */
describe.skipIf(!hasChromium)(title, () => {
  const served = useServedChromium()

  it('asks when the pointer enters "Import a story" or "Paste a story", then imports', async () => {
    const root = await tempDir()
    const serve = await startServe({ dataDir: path.join(root, 'library') })
    const sent: string[] = []
    const { page, errors, close } = await openDeskPage(served.browser(), serve.url, {
      beforeLoad: async (page) =>
        page.on('websocket', (socket) =>
          socket.on('framesent', ({ payload }) => sent.push(Buffer.from(payload).toString('latin1'))),
        ),
    })
    const asked = (): number => sent.filter((frame) => frame.includes('"prepareImport"')).length
    try {
      await page.locator('.connection[data-state="live"]').first().waitFor()
      expect(asked()).toBe(0)

      const form = (heading: string) =>
        page.locator('section.story-import', { has: page.getByRole('heading', { name: heading }) })
      const fileForm = form('Import a story')
      const pasteForm = form('Paste a story')
      await fileForm.hover()
      await expect.poll(asked).toBe(1)
      await pasteForm.hover()
      await expect.poll(asked).toBe(2)

      await page.getByLabel('Story file').setInputFiles({
        name: 'bridge.md',
        mimeType: 'text/markdown',
        buffer: Buffer.from(STORY),
      })
      const done = fileForm.locator('.form-done')
      await expect
        .poll(() => done.textContent(), { timeout: 20_000 })
        .toContain('Imported “Bridge closed after inspection”')
      await screenshot(page, 'import-prepared')
      expect(errors).toEqual([])
    } finally {
      await close()
    }
  })
})
