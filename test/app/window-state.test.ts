import { readFile, readdir, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_WINDOW_SIZE,
  WINDOW_STATE_FILE,
  WindowStateSaver,
  clampToDisplays,
  loadWindowState,
  saveWindowState,
} from '../../src/main/app/window-state'
import { eventually } from '../support/eventually'
import { tempDir } from '../support/temp-dir'

/** A laptop screen (primary) with a monitor to its right, each less a menu bar or task bar. */
const LAPTOP = { x: 0, y: 25, width: 1440, height: 875 }
const MONITOR = { x: 1440, y: 0, width: 2560, height: 1400 }

const stateFile = async (): Promise<string> => path.join(await tempDir(), WINDOW_STATE_FILE)

describe('the window’s remembered place', () => {
  it('comes back where it was left, maximized or not', async () => {
    const file = await stateFile()
    saveWindowState(file, { x: 1600, y: 100, width: 1200, height: 800, maximized: true })
    expect(loadWindowState(file, [LAPTOP, MONITOR])).toEqual({
      bounds: { x: 1600, y: 100, width: 1200, height: 800 },
      maximized: true,
    })
    // Written whole: no temporary file is left beside it.
    expect(await readdir(path.dirname(file))).toEqual([WINDOW_STATE_FILE])
  })

  it('opens at the default size, placed by the system, when there is no file or it is damaged', async () => {
    const file = await stateFile()
    const defaults = { bounds: DEFAULT_WINDOW_SIZE, maximized: false }
    expect(loadWindowState(file, [MONITOR])).toEqual(defaults)
    for (const damaged of [
      '{"version":1,"bounds":{"x":0,"y":0,"width":1200',
      '{"version":1,"bounds":{"x":"far","y":0,"width":1200,"height":800},"maximized":false}',
      '{"version":1,"bounds":{"x":0,"y":0,"width":-5,"height":800},"maximized":false}',
      '{"version":2,"bounds":{"x":0,"y":0,"width":1200,"height":800},"maximized":false}',
      'null',
      '\u0000\u0001binary',
    ]) {
      await writeFile(file, damaged)
      expect(loadWindowState(file, [MONITOR])).toEqual(defaults)
    }
    // The default is no larger than a small primary display.
    expect(loadWindowState(file, [LAPTOP, MONITOR])).toEqual({
      bounds: { width: 1400, height: 875 },
      maximized: false,
    })
  })

  it('is fitted to the displays there are now', async () => {
    const file = await stateFile()
    // The monitor it was on is unplugged: the size is kept (within the laptop), the place is new.
    saveWindowState(file, { x: 2000, y: 200, width: 1800, height: 1000, maximized: false })
    expect(loadWindowState(file, [LAPTOP])).toEqual({
      bounds: { width: 1440, height: 875 },
      maximized: false,
    })
    // Hanging off the monitor's right edge: moved wholly onto it.
    expect(
      clampToDisplays({ x: 3500, y: 300, width: 1000, height: 700 }, [LAPTOP, MONITOR]),
    ).toEqual({
      x: 3000,
      y: 300,
      width: 1000,
      height: 700,
    })
    // Larger than the display that shows most of it: shrunk to it.
    expect(clampToDisplays({ x: -10, y: 0, width: 1600, height: 1000 }, [LAPTOP, MONITOR])).toEqual(
      { x: 0, y: 25, width: 1440, height: 875 },
    )
    // Only a sliver of its title bar showing: not grabbable, so placed anew.
    expect(clampToDisplays({ x: 1400, y: -600, width: 40, height: 620 }, [LAPTOP])).toBeNull()
    expect(clampToDisplays({ x: 0, y: 0, width: 800, height: 600 }, [])).toBeNull()
    // Smaller than the window's minimum (a hand-edited file): the minimum.
    expect(clampToDisplays({ x: 1540, y: 100, width: 200, height: 100 }, [MONITOR])).toEqual({
      x: 1540,
      y: 100,
      width: 720,
      height: 480,
    })
  })

  it('saves once after a burst of moves, at once on close, and reports a failed write', async () => {
    const file = await stateFile()
    let bounds = { x: 0, y: 0, width: 900, height: 600 }
    let writes = 0
    const errors: unknown[] = []
    const saver = new WindowStateSaver(
      () => {
        writes++
        saveWindowState(file, { ...bounds, maximized: false })
      },
      (error) => errors.push(error),
      20,
    )
    for (let x = 0; x < 50; x++) {
      bounds = { ...bounds, x }
      saver.changed()
    }
    await eventually(() => expect(writes).toBe(1))
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ bounds: { x: 49 } })

    bounds = { ...bounds, x: 300 }
    saver.changed()
    saver.flush()
    expect(writes).toBe(2)
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ bounds: { x: 300 } })

    const broken = new WindowStateSaver(
      () =>
        saveWindowState(path.join(file, 'not-a-folder', WINDOW_STATE_FILE), {
          ...bounds,
          maximized: false,
        }),
      (error) => errors.push(error),
    )
    broken.flush()
    expect(errors).toEqual([expect.objectContaining({ code: 'ENOTDIR' })])
  })
})
