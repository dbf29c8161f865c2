import { describe, expect, it } from 'vitest'
import type { Comment } from '../../src/shared/dossier'
import { commentThreads, type CommentThread } from '../../src/renderer/logic/comment-threads'

const ALICE = 'a'.repeat(64)
const BOB = 'b'.repeat(64)

let clock = 0
const comment = (id: string, author: string, replyTo?: string): Comment => ({
  id,
  claimId: 'c_claim0000001',
  text: `text of ${id}`,
  author,
  at: new Date(Date.UTC(2026, 10, 1, 8, 0, clock++)).toISOString(),
  ...(replyTo === undefined ? {} : { replyTo }),
})

/** The threads as `id (context) [replies]`, easy to compare. */
const shape = (threads: readonly CommentThread[]): unknown[] =>
  threads.map(({ comment: { id }, replyTo, replies }) => {
    const context = replyTo.kind === 'nested' ? `to ${replyTo.author.slice(0, 1)}` : replyTo.kind
    return replies.length === 0 ? `${id} (${context})` : [`${id} (${context})`, shape(replies)]
  })

describe('comment threads', () => {
  it('puts each reply under the comment it answers, replies to replies deeper, oldest first', () => {
    const question = comment('x_question0001', ALICE)
    const answer = comment('x_answer000001', BOB, question.id)
    const other = comment('x_other0000001', BOB)
    const followUp = comment('x_followup0001', ALICE, answer.id)
    const second = comment('x_second000001', ALICE, question.id)
    const all = [question, answer, other, followUp, second]

    expect(shape(commentThreads(all, all))).toEqual([
      [
        'x_question0001 (none)',
        [['x_answer000001 (to a)', ['x_followup0001 (to b)']], 'x_second000001 (to a)'],
      ],
      'x_other0000001 (none)',
    ])
  })

  it('shows at the top level, saying why, a reply whose comment was removed or has not arrived', () => {
    const removed = comment('x_removed00001', ALICE)
    const orphan = comment('x_orphan000001', BOB, removed.id)
    const early = comment('x_early0000001', BOB, 'x_notyethere01')
    const replyToOrphan = comment('x_nested000001', ALICE, orphan.id)
    const shown = [orphan, early, replyToOrphan]

    expect(shape(commentThreads(shown, [removed, ...shown]))).toEqual([
      ['x_orphan000001 (removed)', ['x_nested000001 (to b)']],
      'x_early0000001 (missing)',
    ])
  })

  it('keeps a loop of replies (malformed data) on screen, at the top level', () => {
    const first = comment('x_loopfirst001', ALICE, 'x_loopsecond01')
    const second = comment('x_loopsecond01', BOB, 'x_loopfirst001')
    const self = comment('x_itself000001', BOB, 'x_itself000001')
    const answer = comment('x_answer000002', ALICE, first.id)
    const all = [first, second, self, answer]

    expect(shape(commentThreads(all, all))).toEqual([
      ['x_loopfirst001 (none)', ['x_answer000002 (to a)']],
      'x_loopsecond01 (none)',
      'x_itself000001 (none)',
    ])
  })
})
