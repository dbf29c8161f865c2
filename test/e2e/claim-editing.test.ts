import path from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { libraryWithDossier } from '../host/serve/support/serve-library'
import { startServe } from '../host/serve/support/serve-process'
import {
  claimButton,
  detailPane,
  openDeskPage,
  screenshot,
  waitForDesk,
} from '../support/desk-page'
import { chromiumTitle, hasChromium, useServedChromium } from './support/served-chromium'
import { tempDir } from '../support/temp-dir'

const title = chromiumTitle('editing a claim in the detail pane')

const HASH = 'ab'.repeat(32)

/** Opens claim `number` and waits for the detail pane to show it. */
const openClaim = async (page: Page, number: number): Promise<Locator> => {
  await claimButton(page, number).click()
  const pane = detailPane(page)
  await pane.locator('h2', { hasText: `Claim #${number}` }).waitFor()
  return pane
}

const evidenceHeading = (pane: Locator): Locator => pane.getByRole('heading', { name: /^Evidence/ })
const linkItems = (pane: Locator): Locator => pane.locator('ul.links > li')

/**
 * The forms of the open claim, against a real `dossier serve`: one page adds evidence, links
 * claims into a revision chain and edits a claim; a second page on the same dossier sees it all.
 * Wrong input (a link to a claim that does not exist, an address that is not a web page) is
 * refused in words and writes nothing.
 */
describe.skipIf(!hasChromium)(title, () => {
  const served = useServedChromium()

  it('adds evidence and links and edits a claim; another page sees every change', async () => {
    const root = await tempDir()
    const data = path.join(root, 'data')
    await libraryWithDossier(data)
    const serve = await startServe({ dataDir: data })
    const a = await openDeskPage(served.browser(), serve.url)
    const page = a.page
    try {
      await page.locator('.dossier-link').first().click()
      await waitForDesk(page)
      const dossierId = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('dossier')!

      // Evidence on #1: a web address that is not http(s) is refused, nothing is added.
      let pane = await openClaim(page, 1)
      const evidence = pane.locator('form.add-evidence')
      await evidence.getByLabel('Title').fill('Provincial list of the missing')
      await evidence.getByLabel('Link (optional)').fill('ftp://example.org/list.pdf')
      await evidence.getByRole('radio', { name: /^Supports/ }).check()
      await evidence.getByRole('button', { name: 'Add evidence' }).click()
      await expect
        .poll(() => evidence.getByRole('alert').textContent())
        .toBe('A link must be a web address starting with http:// or https://.')
      expect(await evidenceHeading(pane).textContent()).toBe('Evidence (0)')
      await screenshot(page, 'claim-editing-evidence-refused')

      await evidence.getByLabel('Link (optional)').fill('https://example.org/list.pdf')
      await evidence.getByLabel('File hash, SHA-256 (optional)').fill(HASH.toUpperCase())
      await evidence.getByLabel('Note (optional)').fill('Published by the province at 09:00.')
      await evidence.getByRole('button', { name: 'Add evidence' }).click()
      await expect.poll(() => evidenceHeading(pane).textContent()).toBe('Evidence (1)')
      const item = pane.locator('.evidence-list .evidence')
      expect(await item.locator('a.evidence-title').getAttribute('href')).toBe(
        'https://example.org/list.pdf',
      )
      expect(await item.locator('.mono').getAttribute('title')).toBe(`sha256:${HASH}`)
      // The form is empty again, ready for the next item, and says what it did.
      expect(await evidence.getByLabel('Title').inputValue()).toBe('')
      expect(await evidence.getByRole('radio', { name: /^Supports/ }).isChecked()).toBe(false)
      expect(await evidence.getByRole('alert').count()).toBe(0)
      await screenshot(page, 'claim-editing-evidence-added')

      // #2 revises #1; a claim number no claim has, and the claim itself, are refused.
      pane = await openClaim(page, 2)
      let link = pane.locator('form.add-link')
      await link.getByLabel('This claim').selectOption({ label: 'revises' })
      await link.getByLabel('Claim number').fill('#9')
      await link.getByRole('button', { name: 'Add link' }).click()
      await expect
        .poll(() => link.getByRole('alert').textContent())
        .toBe('No claim has the number #9: this dossier’s claims are #1 to #3.')
      await link.getByLabel('Claim number').fill('2')
      await link.getByRole('button', { name: 'Add link' }).click()
      await expect
        .poll(() => link.getByRole('alert').textContent())
        .toBe('#2 is this claim: a claim cannot be linked to itself.')
      expect(await linkItems(pane).count()).toBe(0)
      await screenshot(page, 'claim-editing-link-refused')
      await link.getByLabel('Claim number').fill('#1')
      await link.getByLabel('Note (optional)').fill('the agency’s update')
      await link.getByRole('button', { name: 'Add link' }).click()
      await expect
        .poll(() => linkItems(pane).allTextContents())
        .toEqual(['Revises #1 Twenty-three people are missing — the agency’s update Remove'])

      // #3 revises #2: the chain reads oldest first, from any claim of it.
      pane = await openClaim(page, 3)
      link = pane.locator('form.add-link')
      await link.getByLabel('Claim number').fill('2')
      await link.getByRole('button', { name: 'Add link' }).click()
      await expect
        .poll(() => pane.locator('.revision-chain').textContent())
        .toBe('Revision chain: #1 → #2 → #3')

      // Edit #3: Escape cancels without writing, Save writes only what changed.
      await pane.locator('[data-action="edit-claim"]').click()
      let edit = pane.locator('form.edit-claim')
      await edit.getByLabel('Claim', { exact: true }).fill('Something else entirely')
      await edit.getByLabel('Claim', { exact: true }).press('Escape')
      await expect.poll(() => edit.count()).toBe(0)
      expect(await pane.locator('.detail-text').textContent()).toBe('The operator denied any fault')

      await pane.getByRole('button', { name: 'Edit', exact: true }).click()
      edit = pane.locator('form.edit-claim')
      await edit.getByLabel('Claim', { exact: true }).fill('')
      await edit.getByRole('button', { name: 'Save changes' }).click()
      await expect
        .poll(() => edit.getByRole('alert').textContent())
        .toBe('The claim text cannot be empty.')
      await edit
        .getByLabel('Claim', { exact: true })
        .fill('The operator denied any fault at the dam')
      await edit.getByLabel('Said by').fill('Dam operator')
      await edit.getByLabel('Role').fill('press office')
      await edit.getByLabel('Tags (separated by commas)').fill('dam, operator, dam')
      await screenshot(page, 'claim-editing-edit-form')
      await edit.getByRole('button', { name: 'Save changes' }).click()
      await expect.poll(() => edit.count()).toBe(0)
      await expect
        .poll(() => pane.locator('.detail-text').textContent())
        .toBe('The operator denied any fault at the dam')
      expect(await pane.locator('.facts').textContent()).toContain('Dam operator, press office')
      expect(await pane.locator('.facts .tag').allTextContents()).toEqual(['dam', 'operator'])
      await screenshot(page, 'claim-editing-page-a')

      // A second page on the same dossier sees the evidence, the chain and the edit.
      const b = await openDeskPage(served.browser(), `${serve.url}&dossier=${dossierId}`)
      try {
        await waitForDesk(b.page)
        const other = await openClaim(b.page, 1)
        await other
          .locator('.evidence-list a.evidence-title', { hasText: 'Provincial list of the missing' })
          .waitFor({ timeout: 15_000 })
        await expect
          .poll(() => other.locator('.revision-chain').textContent(), { timeout: 15_000 })
          .toBe('Revision chain: #1 → #2 → #3')
        await screenshot(b.page, 'claim-editing-page-b-chain')
        // Each number in the chain opens its claim.
        await other.locator('.revision-chain').getByRole('button', { name: '#3' }).click()
        await other.locator('h2', { hasText: 'Claim #3' }).waitFor()
        await expect
          .poll(() => other.locator('.detail-text').textContent(), { timeout: 15_000 })
          .toBe('The operator denied any fault at the dam')
        expect(await other.locator('.facts').textContent()).toContain('Dam operator')
        expect(await other.locator('ul.links > li').allTextContents()).toEqual([
          'Revises #2 The figure was raised to 31 Remove',
        ])
        await screenshot(b.page, 'claim-editing-page-b-edited')
        expect(b.errors).toEqual([])
      } finally {
        await b.close()
      }
      expect(a.errors).toEqual([])
    } catch (error) {
      await screenshot(page, 'claim-editing-failure')
      throw error
    } finally {
      await a.close()
      await serve.stop('SIGTERM')
    }
  }, 120_000)
})
