import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { extractClaims, ingestStory } from '../../../src/shared/ingest'
import { alice } from '../../support/dossier-fixtures'
import { longStory, strangersStory } from './long-story'

/** CPU time of one ingest, in ms: steadier than wall-clock on a shared machine. */
const cpuMs = (text: string): number => {
  const start = process.cpuUsage()
  const doc = new Y.Doc()
  ingestStory(doc, { text }, alice, { now: () => '2026-11-01T08:00:00.000Z' })
  doc.destroy()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

const fastest = (text: string, runs: number): number =>
  Math.min(...Array.from({ length: runs }, () => cpuMs(text)))

describe('ingest cost', () => {
  it.each([
    ['a varied story', longStory],
    ['a story of unintroduced surnames', strangersStory],
  ])(
    'grows linearly with %s: 8x the sentences costs well under 64x',
    (_name, story) => {
      const small = story(1_000)
      const large = story(8_000)
      cpuMs(small) // warm the JIT
      const smallMs = fastest(small, 3)
      const largeMs = fastest(large, 2)
      // Linear is 8x; the quadratic look-back this guards against made it 40x and more.
      expect(largeMs / smallMs).toBeLessThan(14)
    },
    120_000,
  )

  it('the long story exercises surnames, pronouns and cross-sentence revisions', () => {
    const candidates = extractClaims(longStory(64))
    expect(candidates.some((candidate) => candidate.revisionOf !== undefined)).toBe(true)
    expect(candidates.some((candidate) => candidate.attribution.who === 'Okonkwo')).toBe(true)
    expect(candidates.some((candidate) => candidate.attribution.who === 'Mira Castell')).toBe(true)
  })
})
