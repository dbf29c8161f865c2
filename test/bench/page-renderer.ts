/** What the page side of the renderer bench (page/renderer-probe.ts) records, in page time. */

/** One input or change event, from its timestamp to the frame that showed its result. */
export interface InputTiming {
  /** `input` on the search field or `change` on a select. */
  readonly type: string
  /** From the event's timestamp to the end of the task that handled it (React's commit included). */
  readonly handlerMs: number
  /** From the event's timestamp to the end of the next frame's rendering (rAF, then a task). */
  readonly frameMs: number
  /**
   * The event's dispatch alone, from the probe's capturing listener to its bubbling one: the
   * app's handlers (a discrete event's React render and commit included), without the input's
   * delivery to the page or the wait for the next frame, which frameMs counts too.
   */
  readonly processingMs: number
  /** The list's count line when that frame was rendered ("12 of 10000 claims"). */
  readonly listCount: string | null
  /** Rows in the list in that frame. */
  readonly rows: number
}

export interface LongTask {
  readonly startMs: number
  readonly durationMs: number
}

/** The probe's global, installed before the app's scripts run (page.addInitScript). */
export interface RendererProbe {
  /** performance.now() (from navigation start) when the first claim row entered the DOM. */
  firstRowMs: number | null
  /** ...and when the frame that first showed it had been rendered. */
  firstRowFrameMs: number | null
  /** The same for the first screen's rows (drawn from this device's record before the copy). */
  firstScreenRowMs: number | null
  firstScreenFrameMs: number | null
  /** First contentful paint, from the Paint Timing API. */
  firstContentfulPaintMs: number | null
  readonly inputs: InputTiming[]
  /** Every task over 50 ms since the page started (the Long Tasks API). */
  readonly longTasks: LongTask[]
}

export interface RendererProbeWindow {
  __rendererProbe: RendererProbe
}
