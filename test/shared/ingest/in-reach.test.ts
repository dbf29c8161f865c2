import { describe, expect, it } from 'vitest'
import type { Draft } from '../../../src/shared/ingest/draft'
import { draftsInReach } from '../../../src/shared/ingest/in-reach'

const drafts = (sentences: readonly number[]): Draft[] =>
  sentences.map((sentence) => ({ sentence }) as Draft)

describe('draftsInReach', () => {
  it('gives earlier sentences newest first, within the look-back, skipping the sentence itself', () => {
    const earlier = drafts([1, 3, 4, 4, 7, 9, 9])
    const found = [...draftsInReach(earlier, 9, 5)].map(([index, draft]) => [index, draft.sentence])
    expect(found).toEqual([
      [4, 7],
      [3, 4],
      [2, 4],
    ])
  })

  it('gives nothing when the newest earlier claim is out of reach', () => {
    expect([...draftsInReach(drafts([1, 2]), 40, 30)]).toEqual([])
    expect([...draftsInReach([], 3, 30)]).toEqual([])
  })
})
