import { describe, expect, it, vi } from 'vitest'
import {
  filterClaims,
  hasLostQuote,
  isFiltering,
  NO_FILTER,
} from '../../src/renderer/logic/claim-filter'
import { readFilter, withFilter } from '../../src/renderer/logic/filter-address'
import { QuoteRangeTracker } from '../../src/renderer/state/quote-ranges'
import { alice, newDossier, SOURCE, span } from '../support/dossier-fixtures'

const dossierWithQuotes = () => {
  const dossier = newDossier()
  const [missing, raised] = dossier.addClaims(
    [
      {
        text: '23 people were missing',
        attribution: { who: 'River authority' },
        kind: 'figure',
        quote: span(SOURCE, '23 people were missing'),
      },
      {
        text: 'The figure rose to 31',
        attribution: { who: 'Provincial official' },
        kind: 'figure',
        quote: span(SOURCE, 'raised the figure to 31'),
      },
    ],
    alice,
  )
  return { dossier, missing: missing!, raised: raised! }
}

describe('lost quotes in the claim list', () => {
  it('finds the claims whose every quoted character was deleted, and keeps its set while nothing changes', async () => {
    const { dossier, missing, raised } = dossierWithQuotes()
    const tracker = new QuoteRangeTracker(dossier)
    let notified = 0
    const stop = tracker.subscribe(() => notified++)
    const before = tracker.lostSnapshot()
    expect(before.size).toBe(0)
    expect(tracker.lostSnapshot()).toBe(before)

    const { start, end } = span(SOURCE, '23 people were missing')
    dossier.editSource(start, end - start)
    // Listeners hear of it before the next frame; a read meanwhile already has the new answer.
    await vi.waitFor(() => expect(notified).toBeGreaterThan(0))
    const after = tracker.lostSnapshot()
    expect([...after]).toEqual([missing])
    expect(tracker.lostSnapshot()).toBe(after)

    // An edit inside the other quote leaves it edited, not lost.
    const other = dossier.sourceText().indexOf('31')
    dossier.editSource(other, 2, '32')
    expect([...tracker.lostSnapshot()]).toEqual([missing])
    expect(tracker.lostSnapshot().has(raised)).toBe(false)
    stop()
  })

  it('on a large dossier, checks every claim in slices after a source edit, keeping the last answer meanwhile', async () => {
    const { dossier, missing } = dossierWithQuotes()
    const tracker = new QuoteRangeTracker(dossier, { syncLimit: 1, slice: 1 })
    let notified = 0
    const stop = tracker.subscribe(() => notified++)
    expect(tracker.lostSnapshot().size).toBe(0)
    await vi.waitFor(() => expect(notified).toBeGreaterThan(0))
    const { start, end } = span(SOURCE, '23 people were missing')
    dossier.editSource(start, end - start)
    // The edit does not wait for the check: the answer before it stands until the new one.
    expect(tracker.lostSnapshot().size).toBe(0)
    await vi.waitFor(() => expect([...tracker.lostSnapshot()]).toEqual([missing]))
    stop()
  })

  it('filters the list to lost quotes, and the filter round-trips through the address', () => {
    const { dossier, missing } = dossierWithQuotes()
    const filter = { ...NO_FILTER, lostQuoteOnly: true }
    expect(isFiltering(filter)).toBe(true)
    const lost = new Set([missing])
    expect(filterClaims(dossier.claims(), filter, lost).map((claim) => claim.id)).toEqual([missing])
    expect(filterClaims(dossier.claims(), filter)).toEqual([])
    expect(hasLostQuote(dossier.claim(missing)!, lost)).toBe(true)
    const hash = withFilter('#dossier=m_0123456789', filter)
    expect(hash).toBe('#dossier=m_0123456789&lostquote=1')
    expect(readFilter(hash)).toEqual(filter)
  })
})
