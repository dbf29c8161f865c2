import path from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { Library } from '../../src/main/host/library/library'
import { Dossier } from '../../src/shared/dossier'
import { startServe } from '../host/serve/support/serve-process'
import {
  claimButton,
  detailPane,
  openDeskPage,
  screenshot,
  waitForDesk,
} from '../support/desk-page'
import { SOURCE, alice, bob } from '../support/dossier-fixtures'
import { tempDir } from '../support/temp-dir'
import { chromiumTitle, hasChromium, useServedChromium } from './support/served-chromium'
import { axeFindings } from './support/axe-findings'

const title = chromiumTitle('the open claim’s detail pane')

const CITED = 'Hospital admissions, Tuesday night'

/**
 * Claim #1 in conflict (Bob's side cites evidence); claim #2 with a discussion: a question and
 * its answer, a reply to a comment removed since, a reply to one that has not arrived.
 */
const libraryWithDiscussion = async (dir: string): Promise<void> => {
  const library = await Library.open(dir)
  try {
    await library.add((doc) => {
      const dossier = Dossier.create(doc, { title: 'Dam failure', sourceText: SOURCE })
      const [first, second] = dossier.addClaims(
        [
          { text: 'Twenty-three people are missing', attribution: { who: 'River authority' } },
          { text: 'The operator denied any fault', attribution: { who: 'Operator' } },
        ].map((claim) => ({ ...claim, kind: 'figure' as const })),
        alice,
      )
      const evidence = dossier.addEvidence(
        first!,
        { title: CITED, url: 'https://example.org/admissions', stance: 'refutes' },
        bob,
      )
      dossier.decide(
        first!,
        { status: 'confirmed', rationale: 'The authority says 23', supersedes: [] },
        alice,
      )
      dossier.decide(
        first!,
        {
          status: 'disputed',
          rationale: 'Admissions list 19',
          evidenceIds: [evidence],
          supersedes: [],
        },
        bob,
      )
      const question = dossier.addComment(second!, 'Who at the operator said this?', alice)
      dossier.addComment(second!, 'Their press office, by phone.', bob, question)
      const withdrawn = dossier.addComment(second!, 'Is there a recording?', alice)
      dossier.addComment(second!, 'Not that I know of.', bob, withdrawn)
      dossier.removeEntry('comment', withdrawn, alice)
      dossier.addComment(second!, 'Agreed with the above.', bob, 'x_notyethere01')
      return dossier
    })
  } finally {
    await library.close()
  }
}

const openClaim = async (page: Page, number: number): Promise<Locator> => {
  await claimButton(page, number).click()
  const pane = detailPane(page)
  await pane.locator('h2', { hasText: `Claim #${number}` }).waitFor()
  return pane
}

const scrollTop = (page: Page): Promise<number> =>
  page.evaluate<number>("document.querySelector('.detail-pane').scrollTop")

const scrollToBottom = (page: Page): Promise<number> =>
  page.evaluate<number>(
    "(() => { const pane = document.querySelector('.detail-pane'); pane.scrollTop = pane.scrollHeight; return pane.scrollTop })()",
  )

const focusedInList = (page: Page): Promise<boolean> =>
  page.evaluate<boolean>("document.activeElement?.closest('.list-pane') != null")

/** The top-level comment whose text is `text` (with its replies nested in it). */
const topComment = (pane: Locator, text: string): Locator =>
  pane.locator('ul.comments:not(.comment-replies) > li.comment').filter({ hasText: text })

/** The replies directly under a comment. */
const repliesOf = (comment: Locator): Locator =>
  comment.locator(':scope > .comment-replies > li.comment')

const ownNote = (comment: Locator): Promise<string | null> =>
  comment.locator(':scope > .reply-note').textContent()

const ownText = (comment: Locator): Promise<string | null> =>
  comment.locator(':scope > .comment-text').textContent()

const isFocused = async (target: Locator): Promise<boolean> =>
  (await target.and(target.page().locator(':focus')).count()) === 1

describe.skipIf(!hasChromium)(title, () => {
  const served = useServedChromium()

  it('opens each claim at its top, threads replies, and shows edits and removed cited evidence', async () => {
    const data = path.join(await tempDir(), 'data')
    await libraryWithDiscussion(data)
    const serve = await startServe({ dataDir: data })
    const { page, errors, close } = await openDeskPage(served.browser(), serve.url)
    try {
      await page.locator('.dossier-link').first().click()
      await waitForDesk(page)

      // 1. Scrolled down to the decide form on #1, #2 opens at its top; j keeps focus in the list.
      let pane = await openClaim(page, 1)
      expect(await scrollToBottom(page)).toBeGreaterThan(200)
      pane = await openClaim(page, 2)
      expect(await scrollTop(page)).toBe(0)
      expect(await pane.locator('h2').isVisible()).toBe(true)
      await openClaim(page, 1)
      expect(await scrollToBottom(page)).toBeGreaterThan(200)
      await claimButton(page, 1).focus()
      await page.keyboard.press('j')
      await pane.locator('h2', { hasText: 'Claim #2' }).waitFor()
      expect(await scrollTop(page)).toBe(0)
      expect(await focusedInList(page)).toBe(true)

      // 2. Replies under what they answer; orphans at the top level, saying why.
      const question = topComment(pane, 'Who at the operator said this?')
      const answer = repliesOf(question)
      await expect.poll(() => ownNote(answer)).toBe('in reply to Alice Moreau')
      expect(await ownText(answer)).toBe('Their press office, by phone.')
      expect(await question.locator(':scope > .reply-note').count()).toBe(0)
      expect(await ownNote(topComment(pane, 'Not that I know of.'))).toBe(
        'in reply to a removed comment',
      )
      expect(await ownNote(topComment(pane, 'Agreed with the above.'))).toBe(
        'in reply to a comment not yet here',
      )
      await pane.getByRole('heading', { name: 'Comments (4)' }).scrollIntoViewIfNeeded()
      await screenshot(page, 'claim-detail-replies-light')

      // Reply, by keyboard, to Bob's answer: the form opens under it with the cursor in it.
      const replyButton = answer.getByRole('button', {
        name: /^Reply to the comment by Bob Okafor/,
      })
      await replyButton.focus()
      await page.keyboard.press('Enter')
      const field = answer.getByLabel('Your reply to Bob Okafor')
      await expect.poll(() => isFocused(field)).toBe(true)
      expect(await replyButton.getAttribute('aria-expanded')).toBe('true')
      await page.keyboard.type('Then we need the name.')
      await screenshot(page, 'claim-detail-reply-form-light')
      expect(await axeFindings(page, { include: ['.detail-pane'] })).toEqual([])
      await answer.getByRole('button', { name: 'Post reply' }).click()
      const mine = repliesOf(answer)
      await expect.poll(() => ownText(mine)).toBe('Then we need the name.')
      expect(await ownNote(mine)).toBe('in reply to Bob Okafor')
      expect(await answer.getByLabel('Your reply to Bob Okafor').count()).toBe(0)
      expect(await isFocused(replyButton)).toBe(true)
      await expect
        .poll(() => pane.getByRole('heading', { name: /^Comments/ }).textContent())
        .toBe('Comments (5)')
      // Escape closes a reply form without writing.
      await replyButton.click()
      await page.keyboard.type('never mind')
      await page.keyboard.press('Escape')
      expect(await answer.getByLabel('Your reply to Bob Okafor').count()).toBe(0)
      expect(await pane.getByRole('heading', { name: /^Comments/ }).textContent()).toBe(
        'Comments (5)',
      )

      // 3. Edits in the History, with who; replies say whom they answer.
      await pane.locator('[data-action="edit-claim"]').click()
      const edit = pane.locator('form.edit-claim')
      await edit
        .getByLabel('Claim', { exact: true })
        .fill('The operator denied any fault at the dam')
      await edit.getByLabel('Said by').fill('Dam operator')
      await edit.getByRole('button', { name: 'Save changes' }).click()
      await expect.poll(() => edit.count()).toBe(0)
      const history = pane.locator('ol.timeline > li')
      await expect
        .poll(() => history.allTextContents())
        .toEqual(
          expect.arrayContaining([
            expect.stringMatching(/Bob Okafor replied to Alice Moreau$/),
            expect.stringMatching(/replied to Bob Okafor$/),
            expect.stringMatching(/removed a comment$/),
            expect.stringMatching(/edited the text$/),
            expect.stringMatching(/changed the speaker to Dam operator$/),
          ]),
        )
      await pane.locator('.timeline-note').scrollIntoViewIfNeeded()
      await screenshot(page, 'claim-detail-history-light')

      // 4. Removing the evidence Bob's side cites: the conflict card still shows it, marked.
      pane = await openClaim(page, 1)
      expect(await scrollTop(page)).toBe(0)
      await pane.getByRole('button', { name: `Remove evidence “${CITED}”` }).click()
      await expect
        .poll(() => pane.getByRole('heading', { name: /^Evidence/ }).textContent())
        .toBe('Evidence (0)')
      const bobs = pane.locator('.conflict-card').filter({ hasText: 'Bob Okafor' })
      const cited = bobs.locator('.conflict-card-evidence li')
      await expect.poll(() => cited.textContent()).toBe(`refutes ${CITED} (removed)`)
      expect(await cited.getByRole('link', { name: CITED }).getAttribute('href')).toBe(
        'https://example.org/admissions',
      )
      await pane.locator('.conflict-notice').scrollIntoViewIfNeeded()
      await screenshot(page, 'claim-detail-cited-removed-light')
      expect(await axeFindings(page, { include: ['.detail-pane'] })).toEqual([])

      await page.getByLabel('Theme').selectOption('dark')
      await pane.locator('.conflict-notice').scrollIntoViewIfNeeded()
      await screenshot(page, 'claim-detail-cited-removed-dark')
      expect(await axeFindings(page, { include: ['.detail-pane'] })).toEqual([])
      pane = await openClaim(page, 2)
      await pane.getByRole('heading', { name: /^Comments/ }).scrollIntoViewIfNeeded()
      await screenshot(page, 'claim-detail-replies-dark')
      expect(await axeFindings(page, { include: ['.detail-pane'] })).toEqual([])
      await pane.locator('.timeline-note').scrollIntoViewIfNeeded()
      await screenshot(page, 'claim-detail-history-dark')
      expect(errors).toEqual([])
    } catch (error) {
      await screenshot(page, 'claim-detail-failure')
      throw error
    } finally {
      await close()
    }
  }, 180_000)
})
