import { describe, expect, it, vi } from 'vitest'
import { compareMarks } from '../../src/renderer/logic/quote-marks'
import type { NotifySchedule } from '../../src/renderer/state/replica-view-store'
import { QuoteRangeTracker } from '../../src/renderer/state/quote-ranges'
import { alice, newDossier, SOURCE, span } from '../support/dossier-fixtures'

const dossierWithQuotes = () => {
  const dossier = newDossier()
  const [missing, raised, unquoted] = dossier.addClaims(
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
      { text: 'No quote', attribution: { who: 'Someone' }, kind: 'other' },
    ],
    alice,
  )
  return { dossier, missing: missing!, raised: raised!, unquoted: unquoted! }
}

describe('every claim’s quote in the source text', () => {
  it('gives each quoted claim its range, state and status, sorted by where it stands', () => {
    const { dossier, missing, raised } = dossierWithQuotes()
    const tracker = new QuoteRangeTracker(dossier)
    const stop = tracker.subscribe(() => {})
    const first = tracker.snapshot()
    expect(first.marks).toEqual([
      {
        claimId: missing,
        index: 0,
        ...span(SOURCE, '23 people were missing'),
        state: 'intact',
        label: 'unverified',
      },
      {
        claimId: raised,
        index: 1,
        ...span(SOURCE, 'raised the figure to 31'),
        state: 'intact',
        label: 'unverified',
      },
    ])
    expect(tracker.snapshot()).toBe(first)

    // A decision changes the status shown; the other claim's entry stays the same object.
    dossier.decide(raised, { status: 'confirmed', rationale: 'Their statement.' }, alice)
    const decided = tracker.snapshot()
    expect(decided.marks[1]).toMatchObject({ claimId: raised, label: 'confirmed' })
    expect(decided.marks[0]).toBe(first.marks[0])
    expect(decided.lost).toBe(first.lost)

    // An edit inside a quote makes it edited; deleting all of it takes it out, into `lost`.
    const at = dossier.sourceText().indexOf('31')
    dossier.editSource(at, 2, '32')
    expect(tracker.snapshot().marks[1]).toMatchObject({ state: 'edited' })
    const whole = span(dossier.sourceText(), '23 people were missing')
    dossier.editSource(whole.start, whole.end - whole.start)
    const after = tracker.snapshot()
    expect(after.marks.map((mark) => mark.claimId)).toEqual([raised])
    expect([...after.lost]).toEqual([missing])
    stop()
  })

  it('on a large dossier, moves the last answer with an edit until the new sweep is done', async () => {
    const { dossier, raised } = dossierWithQuotes()
    const tracker = new QuoteRangeTracker(dossier, { syncLimit: 1, slice: 1 })
    let notified = 0
    const stop = tracker.subscribe(() => notified++)
    tracker.snapshot()
    await vi.waitFor(() => expect(tracker.snapshot().marks).toHaveLength(2))
    const before = tracker.snapshot().marks[1]!

    dossier.editSource(0, 0, 'UPDATE: ')
    // Not resolved again yet, but already on the same words.
    const moved = tracker.snapshot().marks[1]!
    expect(moved).toMatchObject({ claimId: raised, start: before.start + 8, end: before.end + 8 })
    expect(dossier.sourceText().slice(moved.start, moved.end)).toBe('raised the figure to 31')
    await vi.waitFor(() => expect(notified).toBeGreaterThan(1))
    await vi.waitFor(() => expect(tracker.snapshot().marks[1]).toEqual(moved))
    stop()
  })

  it('patches a decision into the sorted marks without sorting again, and tells listeners once a frame', () => {
    const { dossier, missing, raised } = dossierWithQuotes()
    // Quoted backwards, so the order of the marks is not the order of the claims.
    const words = ['The operator denied', 'dam failed', 'river authority']
    const later = dossier.addClaims(
      words.map((quote) => ({
        text: quote,
        attribution: { who: 'Someone' },
        kind: 'other' as const,
        quote: span(SOURCE, quote),
      })),
      alice,
    )
    const frames: (() => void)[] = []
    const nextFrame: NotifySchedule = (notify) => {
      frames.push(notify)
      return () => frames.splice(frames.indexOf(notify), 1)
    }
    const tracker = new QuoteRangeTracker(dossier, undefined, nextFrame)
    let notified = 0
    const stop = tracker.subscribe(() => notified++)
    const first = tracker.snapshot()
    expect(first.marks).toEqual([...first.marks].sort(compareMarks))
    expect(first.marks).toHaveLength(5)

    // A burst of decisions: one notification waits for the frame, none is sent meanwhile.
    dossier.decide(raised, { status: 'confirmed', rationale: 'Their statement.' }, alice)
    dossier.decide(later[0]!, { status: 'disputed', rationale: 'Denied later.' }, alice)
    dossier.decide(later[2]!, { status: 'confirmed', rationale: 'On record.' }, alice)
    expect(frames).toHaveLength(1)
    expect(notified).toBe(0)

    const sort = vi.spyOn(Array.prototype, 'sort')
    frames.shift()!()
    expect(notified).toBe(1)
    const decided = tracker.snapshot()
    expect(sort).not.toHaveBeenCalled()
    sort.mockRestore()

    // Same places, new statuses; untouched marks are the same objects, the lost set too.
    expect(decided).not.toBe(first)
    expect(decided.marks.map((mark) => mark.claimId)).toEqual(first.marks.map((m) => m.claimId))
    const labels = new Map(decided.marks.map((mark) => [mark.claimId, mark.label]))
    expect(labels.get(raised)).toBe('confirmed')
    expect(labels.get(later[0]!)).toBe('disputed')
    expect(labels.get(later[2]!)).toBe('confirmed')
    const untouched = first.marks.find((mark) => mark.claimId === missing)
    expect(decided.marks).toContain(untouched)
    expect(decided.lost).toBe(first.lost)

    // A change nothing in the marks shows (a comment) makes no new answer.
    dossier.addComment(raised, 'Checked twice.', alice)
    frames.shift()!()
    expect(tracker.snapshot()).toBe(decided)

    // A claim added or removed is put in, or taken out of, its sorted place.
    const failed = dossier.addClaim(
      {
        text: 'The dam failed on Tuesday',
        attribution: { who: 'Someone' },
        kind: 'other',
        quote: span(SOURCE, 'failed on Tuesday'),
      },
      alice,
    )
    dossier.editClaim(missing, { removed: true }, alice)
    frames.shift()!()
    const patched = tracker.snapshot().marks
    expect(patched).toEqual([...patched].sort(compareMarks))
    expect(patched.map((mark) => mark.claimId)).toContain(failed)
    expect(patched.map((mark) => mark.claimId)).not.toContain(missing)
    expect(patched).toHaveLength(5)
    stop()
    expect(frames).toHaveLength(0)
  })
})
