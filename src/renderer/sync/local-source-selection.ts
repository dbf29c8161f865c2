import type { SourceSelection } from '../../shared/protocol/presence'

/** Told to the other editors at most this often: a held arrow key must not flood the room. */
const MIN_INTERVAL_MS = 80

/**
 * This page's selection in the source text, between the source pane (which knows it) and the
 * presence reporter (which tells the others). One page shows one dossier at a time; the dossier's
 * document keys the selection, so it never follows the editor into another dossier. Listeners hear of a change at
 * most every 80 ms, always with the latest selection.
 */
export class LocalSourceSelection {
  private current: { readonly doc: object; readonly selection: SourceSelection } | null = null
  private readonly listeners = new Set<() => void>()
  private lastTold = 0
  private timer: ReturnType<typeof setTimeout> | null = null

  constructor(private readonly now: () => number = () => Date.now()) {}

  set(doc: object, selection: SourceSelection | null): void {
    const next = selection === null ? null : { doc, selection }
    if (next === null && this.current?.doc !== doc) return
    this.current = next
    this.schedule()
  }

  /** The selection in the dossier whose Y.Doc is `doc`, or null. */
  get(doc: object): SourceSelection | null {
    return this.current?.doc === doc ? this.current.selection : null
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private schedule(): void {
    if (this.timer !== null) return
    const wait = this.lastTold + MIN_INTERVAL_MS - this.now()
    if (wait <= 0) return this.tell()
    this.timer = setTimeout(() => {
      this.timer = null
      this.tell()
    }, wait)
  }

  private tell(): void {
    this.lastTold = this.now()
    for (const listener of [...this.listeners]) listener()
  }
}

export const localSourceSelection = new LocalSourceSelection()
