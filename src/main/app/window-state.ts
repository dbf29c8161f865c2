import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import * as z from 'zod'

/**
 * The window's place, size and maximized state, kept in a small JSON file in the app's data
 * folder so the next start opens it where it was left. No Electron here: the shell passes the
 * displays' work areas in and the window's bounds out, so this is tested in Node.
 */
export interface Rect {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** A window's size, and its place when known, as BrowserWindow's options take them. */
export interface Placement {
  readonly width: number
  readonly height: number
  /** Absent: the system places the window (centered), as on a first start. */
  readonly x?: number
  readonly y?: number
}

export interface WindowState {
  readonly bounds: Placement
  readonly maximized: boolean
}

export const WINDOW_STATE_FILE = 'window-state.json'
export const DEFAULT_WINDOW_SIZE = { width: 1400, height: 900 } as const
export const MIN_WINDOW_SIZE = { width: 720, height: 480 } as const

/** At least this much of the window's title bar must be on a display to be grabbed there. */
const VISIBLE_EDGE = 64

const coordinate = z.number().int().min(-100_000).max(100_000)
const size = z.number().int().min(1).max(100_000)
const storedSchema = z.object({
  version: z.literal(1),
  bounds: z.object({ x: coordinate, y: coordinate, width: size, height: size }),
  maximized: z.boolean(),
})

/**
 * The state saved in `file`, fitted to the displays there are now (`workAreas`, the primary
 * first); the defaults when there is none or it does not read. Never throws: a damaged file
 * costs the window's place, not the start.
 */
export const loadWindowState = (file: string, workAreas: readonly Rect[]): WindowState => {
  let stored: z.infer<typeof storedSchema>
  try {
    const parsed = storedSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')))
    if (!parsed.success)
      return { bounds: fitSize(DEFAULT_WINDOW_SIZE, workAreas[0]), maximized: false }
    stored = parsed.data
  } catch {
    return { bounds: fitSize(DEFAULT_WINDOW_SIZE, workAreas[0]), maximized: false }
  }
  const bounds = clampToDisplays(stored.bounds, workAreas) ?? fitSize(stored.bounds, workAreas[0])
  return { bounds, maximized: stored.maximized }
}

/** Writes the state whole or not at all (a temporary file renamed over the last one). */
export const saveWindowState = (
  file: string,
  state: Rect & { readonly maximized: boolean },
): void => {
  const { x, y, width, height, maximized } = state
  const stored = { version: 1, bounds: { x, y, width, height }, maximized }
  const temporary = `${file}.tmp`
  writeFileSync(temporary, `${JSON.stringify(stored)}\n`)
  renameSync(temporary, file)
}

const overlap = (a: Rect, b: Rect): { width: number; height: number } => ({
  width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
  height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
})

/**
 * The bounds moved onto the display that shows most of them, made no larger than it and wholly
 * inside it; null when no display shows enough of them to grab (the monitor they were on is
 * gone), and the window is then placed anew.
 */
export const clampToDisplays = (bounds: Rect, workAreas: readonly Rect[]): Rect | null => {
  let best: Rect | null = null
  let bestArea = 0
  for (const area of workAreas) {
    const { width, height } = overlap(bounds, area)
    if (width * height > bestArea) {
      best = area
      bestArea = width * height
    }
  }
  if (best === null) return null
  const titleBar = overlap({ ...bounds, height: Math.min(bounds.height, VISIBLE_EDGE) }, best)
  if (titleBar.width < Math.min(VISIBLE_EDGE, bounds.width) || titleBar.height === 0) return null
  const width = Math.min(Math.max(bounds.width, MIN_WINDOW_SIZE.width), best.width)
  const height = Math.min(Math.max(bounds.height, MIN_WINDOW_SIZE.height), best.height)
  const x = Math.min(Math.max(bounds.x, best.x), best.x + best.width - width)
  const y = Math.min(Math.max(bounds.y, best.y), best.y + best.height - height)
  return { x, y, width, height }
}

/** The size alone, no larger than the primary display; placed by the system. */
const fitSize = (
  state: { readonly width: number; readonly height: number },
  primary: Rect | undefined,
): Placement => ({
  width: Math.max(MIN_WINDOW_SIZE.width, Math.min(state.width, primary?.width ?? state.width)),
  height: Math.max(MIN_WINDOW_SIZE.height, Math.min(state.height, primary?.height ?? state.height)),
})

/**
 * Saves a moment after the last move or resize (a drag sends dozens), and at once on close.
 * A failed write is reported, never thrown: the window matters more than its place.
 */
export class WindowStateSaver {
  private timer: ReturnType<typeof setTimeout> | null = null

  constructor(
    private readonly save: () => void,
    private readonly onError: (error: unknown) => void,
    private readonly delayMs = 500,
  ) {}

  changed(): void {
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = setTimeout(() => this.flush(), this.delayMs)
  }

  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = null
    try {
      this.save()
    } catch (error) {
      this.onError(error)
    }
  }
}
