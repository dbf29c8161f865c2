import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/shared/ingest'
import { Discourse } from '../../../src/shared/ingest/discourse'
import { rulesFor } from '../../../src/shared/ingest/rules'
import { splitSentences } from '../../../src/shared/ingest/sentences'
import { longStory, strangersStory } from './long-story'
import { newsStory } from './news-story'

/**
 * The resolver once scanned every earlier mention for each pronoun and bare surname, which made
 * importing a story quadratic (60 % of a 3.7 MB import). Counting the mentions it examines
 * catches a return of that without timing anything: per sentence, the count must not grow with
 * the length of the story.
 */
const examinedPerSentence = (text: string): number => {
  const rules = rulesFor('en')
  const discourse = new Discourse(rules)
  extractClaims(text, {}, discourse)
  return discourse.mentionsExamined / splitSentences(text, rules).length
}

describe('the discourse resolver looks back a bounded distance', () => {
  it.each([
    ['a varied story', (scale: number) => longStory(500 * scale)],
    ['a story of unintroduced surnames', (scale: number) => strangersStory(500 * scale)],
    ['wire copy', (scale: number) => newsStory(50_000 * scale)],
  ])('examines as many mentions per sentence in %s at 8x the length', (_name, story) => {
    const small = examinedPerSentence(story(1))
    const large = examinedPerSentence(story(8))
    expect(small).toBeGreaterThan(0)
    // A scan of the history would make this about 8x; bounded look-backs keep it level.
    expect(large).toBeLessThan(small * 1.2)
    expect(large).toBeLessThan(30)
  })
})
