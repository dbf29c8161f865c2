/**
 * The page side of the renderer bench (bench-renderer.ts), injected with page.addInitScript so it
 * runs before the app's own scripts on every navigation. It does not touch the app: it watches the
 * DOM and the Performance APIs. Times are performance.now(), which counts from navigation start.
 *
 * The first row: a MutationObserver on the whole document notes when a `.claim-list
 * .claim-button` first exists; a requestAnimationFrame then a posted task note when the frame that
 * shows it has been rendered. (Element Timing would give the paint time itself, but only for
 * elements carrying an `elementtiming` attribute, which the app's rows do not; Largest
 * Contentful Paint picks whatever is largest, not the list.) The first screen's rows (drawn from
 * the record this device saved, before its copy has loaded) are noted the same way, apart.
 */

/*
 * The shapes below are ../page-renderer.ts's, which the bench reads: tsconfig.test-web lists the
 * files it may compile, and that one is not among them, so they are repeated here.
 */
interface InputTiming {
  readonly type: string
  readonly handlerMs: number
  readonly frameMs: number
  readonly processingMs: number
  readonly listCount: string | null
  readonly rows: number
}

interface RendererProbe {
  firstRowMs: number | null
  firstRowFrameMs: number | null
  firstScreenRowMs: number | null
  firstScreenFrameMs: number | null
  firstContentfulPaintMs: number | null
  readonly inputs: InputTiming[]
  readonly longTasks: { readonly startMs: number; readonly durationMs: number }[]
}

const probe: RendererProbe = {
  firstRowMs: null,
  firstRowFrameMs: null,
  firstScreenRowMs: null,
  firstScreenFrameMs: null,
  firstContentfulPaintMs: null,
  inputs: [],
  longTasks: [],
}
;(window as unknown as { __rendererProbe: RendererProbe }).__rendererProbe = probe

const ROW = '.claim-list .claim-button'

/** Runs `then` in a task queued after the next frame has been rendered. */
const afterNextFrame = (then: () => void): void => {
  requestAnimationFrame(() => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => then()
    channel.port2.postMessage(null)
  })
}

/** Runs `then` in the next task (after the current one and its microtasks). */
const nextTask = (then: () => void): void => {
  const channel = new MessageChannel()
  channel.port1.onmessage = () => then()
  channel.port2.postMessage(null)
}

const rows = (): number => document.querySelectorAll(ROW).length

const watchFirstRow = new MutationObserver(() => {
  if (document.querySelector(ROW) === null) return
  probe.firstRowMs = performance.now()
  watchFirstRow.disconnect()
  afterNextFrame(() => (probe.firstRowFrameMs = performance.now()))
})
watchFirstRow.observe(document, { childList: true, subtree: true })

/** The rows of the first screen (drawn from this device's record before the copy loads), alike. */
const FIRST_SCREEN_ROW = '.first-screen .first-screen-row'
const watchFirstScreen = new MutationObserver(() => {
  if (document.querySelector(FIRST_SCREEN_ROW) === null) return
  probe.firstScreenRowMs = performance.now()
  watchFirstScreen.disconnect()
  afterNextFrame(() => (probe.firstScreenFrameMs = performance.now()))
})
watchFirstScreen.observe(document, { childList: true, subtree: true })

new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    probe.longTasks.push({ startMs: entry.startTime, durationMs: entry.duration })
}).observe({ type: 'longtask', buffered: true })

new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    if (entry.name === 'first-contentful-paint') probe.firstContentfulPaintMs = entry.startTime
}).observe({ type: 'paint', buffered: true })

/** Typing in the search field (`input`) and choosing in a select (`change`), seen first. */
const onEvent = (event: Event): void => {
  const target = event.target
  const isSearch = target instanceof HTMLInputElement && target.type === 'search'
  const isSelect = target instanceof HTMLSelectElement
  if (!(event.type === 'input' ? isSearch : event.type === 'change' && isSelect)) return
  const started = event.timeStamp
  const dispatched = performance.now()
  let handlerMs = Number.NaN
  nextTask(() => (handlerMs = performance.now() - started))
  afterNextFrame(() => {
    const handled = dispatchEnds.get(event)
    const timing: InputTiming = {
      type: event.type,
      handlerMs,
      frameMs: performance.now() - started,
      processingMs: handled === undefined ? Number.NaN : handled - dispatched,
      listCount: document.querySelector('.list-count')?.textContent ?? null,
      rows: rows(),
    }
    probe.inputs.push(timing)
  })
}
window.addEventListener('input', onEvent, { capture: true })
window.addEventListener('change', onEvent, { capture: true })

/*
 * When each event's dispatch ended: the window's bubbling listener runs after React's (on its
 * root), which renders and commits a discrete event's update before it returns.
 */
const dispatchEnds = new WeakMap<Event, number>()
const onDispatched = (event: Event): void => void dispatchEnds.set(event, performance.now())
window.addEventListener('input', onDispatched)
window.addEventListener('change', onDispatched)
