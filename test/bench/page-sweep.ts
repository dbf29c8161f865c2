import type { Decision } from '../../src/shared/dossier'

/** What the page side of the signature sweep bench (page/sweep-page.ts) measures. */
export interface PageSweep {
  readonly ms: number
  readonly checked: number
  readonly tampered: number
  readonly native: boolean
  /** Tasks over 50 ms the page ran meanwhile (the Long Tasks API). */
  readonly longTasks: number
  readonly maxTaskMs: number
}

/** The page's global the bench calls. */
export interface SweepWindow {
  /** Handed over first, in its own task: the page's parsing of them is not the sweep's. */
  decisions: Decision[]
  runSweep(native: boolean): Promise<PageSweep>
}
