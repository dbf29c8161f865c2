import { useSyncExternalStore } from 'react'
import type { ChangeSummary, ClaimView, DossierView } from '../../shared/dossier'
import { compareMarks, insertionPoint, shiftMark, type QuoteMark } from '../logic/quote-marks'
import { diffText } from '../logic/text-diff'
import { useDossierStore } from './hooks'
import { beforeNextFrame, type NotifySchedule } from './replica-view-store'

/** Every claim's quote as last resolved: where it stands, and the claims whose quote is lost. */
export interface QuoteRanges {
  /** Intact and edited quotes of claims not removed, sorted by `compareMarks`. */
  readonly marks: readonly QuoteMark[]
  readonly lost: ReadonlySet<string>
}

export interface QuoteRangeOptions {
  /** Up to this many claims, all are resolved at once; more are resolved in slices. */
  readonly syncLimit: number
  /** Claims resolved per slice, between which the page paints and takes input. */
  readonly slice: number
}

/**
 * Resolving a quote reads the source text, so resolving every claim costs about 0.25–0.4 s for
 * 10,000 claims here: too much for each keystroke in the source editor.
 */
const DEFAULT_OPTIONS: QuoteRangeOptions = { syncLimit: 1000, slice: 500 }

const NO_LOST: ReadonlySet<string> = new Set()
const EMPTY: QuoteRanges = { marks: [], lost: NO_LOST }

type Resolved = QuoteMark | 'lost' | null

/** One claim whose entry changed, as it was and as it is (null: no entry). */
interface Touched {
  readonly id: string
  readonly before: Resolved
  readonly after: Resolved
}

/**
 * Past this many changed entries at once, the marks are gathered and sorted again rather than
 * patched one by one (each patch that moves a mark shifts the array).
 */
const PATCH_LIMIT = 256

const quoted = (claim: ClaimView | undefined): claim is ClaimView =>
  claim !== undefined && claim.quote !== null && !claim.removed

const sameMark = (a: QuoteMark, b: QuoteMark): boolean =>
  a.start === b.start &&
  a.end === b.end &&
  a.state === b.state &&
  a.label === b.label &&
  a.index === b.index

/**
 * Where every claim's quote stands in the source text, its state (intact, edited, lost) and the
 * claim's status: for the highlights in the source pane and the lost-quote flags, counts and
 * filter of the list. The views do not carry quote states, so they are worked out here, only
 * while someone is looking: the touched claims when claims change, every claim when the source
 * text changed (in slices, off the keystroke, on a large dossier). Meanwhile the last answer
 * stands, its offsets moved by the edit so the highlights stay on their words.
 */
export class QuoteRangeTracker {
  private current: QuoteRanges = EMPTY
  /** By claim id: its mark, `lost`, or absent (no quote, pending, removed). */
  private byClaim = new Map<string, QuoteMark | 'lost'>()
  /** The source text the offsets in `byClaim` count in. */
  private text: string | null = null
  /** Everything to resolve again, or only these claims, or nothing. */
  private stale: 'all' | Set<string> | null = 'all'
  /** A sweep of every claim under way in slices: its number, and claims touched meanwhile. */
  private sweep: { readonly run: number; readonly touched: Set<string> } | null = null
  private runs = 0
  private readonly listeners = new Set<() => void>()
  private unsubscribe: (() => void) | null = null
  /** Calls off the notification waiting for the next frame; null when none waits. */
  private waiting: (() => void) | null = null

  /**
   * `schedule`: when listeners hear of a change. A burst of remote decisions arrives as dozens of
   * messages a frame; they are resolved and shown together, once, before the next frame.
   */
  constructor(
    private readonly dossier: DossierView,
    private readonly options: QuoteRangeOptions = DEFAULT_OPTIONS,
    private readonly schedule: NotifySchedule = beforeNextFrame,
  ) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    if (this.listeners.size === 0) {
      this.stale = 'all'
      this.unsubscribe = this.dossier.onChange((change) => this.changed(change))
    }
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
      if (this.listeners.size === 0) {
        this.unsubscribe?.()
        this.unsubscribe = null
        this.sweep = null
        this.waiting?.()
        this.waiting = null
      }
    }
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener()
  }

  private notifySoon(): void {
    if (this.waiting !== null) return
    let told = false
    const cancel = this.schedule(() => {
      told = true
      this.waiting = null
      this.notify()
    })
    if (!told) this.waiting = cancel
  }

  private changed(change: ChangeSummary): void {
    if (change.source) this.followEdit()
    if (change.source || change.order) this.stale = 'all'
    else if (this.stale !== 'all' && change.claims.size > 0) {
      // Gathered until someone reads the answer: once a frame, not once a change.
      const stale = this.stale ?? new Set<string>()
      for (const id of change.claims) stale.add(id)
      this.stale = stale
    }
    this.notifySoon()
  }

  /** Moves the known offsets along with a change of the text, until they are resolved again. */
  private followEdit(): void {
    const before = this.text
    const after = this.dossier.sourceText()
    this.text = after
    const edit = before === null ? null : diffText(before, after)
    if (edit === null) return
    const next = new Map<string, QuoteMark | 'lost'>()
    for (const [id, known] of this.byClaim) {
      if (known === 'lost') next.set(id, known)
      else {
        const moved = shiftMark(known, edit)
        if (moved !== null) next.set(id, moved)
      }
    }
    this.byClaim = next
    this.publish()
  }

  private resolve(claim: ClaimView | undefined): Resolved {
    if (!quoted(claim)) return null
    const quote = this.dossier.quote(claim.id)
    if (quote.state === 'lost') return 'lost'
    if (quote.state !== 'intact' && quote.state !== 'edited') return null
    const mark: QuoteMark = {
      claimId: claim.id,
      index: claim.index,
      start: quote.start,
      end: quote.end,
      state: quote.state,
      label: claim.label,
    }
    // The same object as before when nothing changed: the paragraphs showing it are not drawn again.
    const known = this.byClaim.get(claim.id)
    return known !== undefined && known !== 'lost' && sameMark(known, mark) ? known : mark
  }

  private static put(map: Map<string, QuoteMark | 'lost'>, id: string, found: Resolved): void {
    if (found === null) map.delete(id)
    else map.set(id, found)
  }

  /** Makes a new answer from `byClaim`, keeping the old lists where they are the same. */
  private publish(): void {
    const marks: QuoteMark[] = []
    const lost = new Set<string>()
    for (const [id, known] of this.byClaim) {
      if (known === 'lost') lost.add(id)
      else marks.push(known)
    }
    marks.sort(compareMarks)
    const old = this.current
    const sameLost = lost.size === old.lost.size && [...lost].every((id) => old.lost.has(id))
    const sameMarks =
      marks.length === old.marks.length && marks.every((mark, at) => mark === old.marks[at])
    if (sameLost && sameMarks) return
    this.current = {
      marks: sameMarks ? old.marks : marks,
      lost: sameLost ? old.lost : lost.size === 0 ? NO_LOST : lost,
    }
  }

  private resolveAll(claims: readonly ClaimView[]): void {
    this.text = this.dossier.sourceText()
    if (claims.length <= this.options.syncLimit) {
      const next = new Map<string, QuoteMark | 'lost'>()
      for (const claim of claims) QuoteRangeTracker.put(next, claim.id, this.resolve(claim))
      this.byClaim = next
      this.publish()
      return
    }
    const sweep = { run: ++this.runs, touched: new Set<string>() }
    this.sweep = sweep
    const next = new Map<string, QuoteMark | 'lost'>()
    let at = 0
    const step = () => {
      if (this.sweep !== sweep) return
      const end = Math.min(claims.length, at + this.options.slice)
      for (; at < end; at++) {
        const claim = claims[at]
        if (claim !== undefined) QuoteRangeTracker.put(next, claim.id, this.resolve(claim))
      }
      if (at < claims.length) return void setTimeout(step, 0)
      this.sweep = null
      this.byClaim = next
      this.publish()
      // Claims touched while the slices ran are resolved again as they are now.
      if (sweep.touched.size > 0 && this.stale === null) this.stale = sweep.touched
      this.notify()
    }
    setTimeout(step, 0)
  }

  /**
   * Resolves only the touched claims, in place, and patches the last answer: a decision changes a
   * mark's status, not where it stands, so the mark takes its old place in a copy of the sorted
   * list; only a mark whose range changed is taken out and put back where it now sorts.
   */
  private resolveSome(ids: ReadonlySet<string>): void {
    if (this.sweep !== null) for (const id of ids) this.sweep.touched.add(id)
    const touched: Touched[] = []
    for (const id of ids) {
      const before = this.byClaim.get(id) ?? null
      const after = this.resolve(this.dossier.claim(id))
      if (before === after) continue
      QuoteRangeTracker.put(this.byClaim, id, after)
      touched.push({ id, before, after })
    }
    if (touched.length === 0) return
    if (touched.length > PATCH_LIMIT || !this.patch(touched)) this.publish()
  }

  /** A new answer from the last one with `touched` changed; false if the last one lacks a mark. */
  private patch(touched: readonly Touched[]): boolean {
    const old = this.current
    const marks = old.marks.slice()
    let lost: Set<string> | null = null
    for (const { id, before, after } of touched) {
      if (before !== null && before !== 'lost') {
        const at = insertionPoint(marks, before)
        if (marks[at] !== before) return false
        if (after !== null && after !== 'lost' && compareMarks(before, after) === 0) {
          marks[at] = after
          continue
        }
        marks.splice(at, 1)
      } else if (before === 'lost') (lost ??= new Set(old.lost)).delete(id)
      if (after === 'lost') (lost ??= new Set(old.lost)).add(id)
      else if (after !== null) marks.splice(insertionPoint(marks, after), 0, after)
    }
    const sameLost =
      lost === null || (lost.size === old.lost.size && [...lost].every((id) => old.lost.has(id)))
    this.current = {
      marks,
      lost: sameLost || lost === null ? old.lost : lost.size === 0 ? NO_LOST : lost,
    }
    return true
  }

  readonly snapshot = (): QuoteRanges => {
    const stale = this.stale
    if (stale === null) return this.current
    this.stale = null
    if (stale === 'all') this.resolveAll(this.dossier.claims())
    else this.resolveSome(stale)
    return this.current
  }

  /** Only the lost quotes: the same set object while its members are the same. */
  readonly lostSnapshot = (): ReadonlySet<string> => this.snapshot().lost
}

const trackers = new WeakMap<DossierView, QuoteRangeTracker>()

const trackerOf = (dossier: DossierView): QuoteRangeTracker => {
  let tracker = trackers.get(dossier)
  if (tracker === undefined) {
    tracker = new QuoteRangeTracker(dossier)
    trackers.set(dossier, tracker)
  }
  return tracker
}

/** Every quote of the open dossier as last resolved; a new answer only when it changes. */
export const useQuoteRanges = (): QuoteRanges => {
  const tracker = trackerOf(useDossierStore().dossier)
  return useSyncExternalStore(tracker.subscribe, tracker.snapshot)
}

/** The ids of the open dossier's claims whose quote is lost; a new set only when they change. */
export const useLostQuoteIds = (): ReadonlySet<string> => {
  const tracker = trackerOf(useDossierStore().dossier)
  return useSyncExternalStore(tracker.subscribe, tracker.lostSnapshot)
}
