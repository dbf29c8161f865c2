import { app, screen } from 'electron'
import type { BrowserWindow } from 'electron'
import { join } from 'node:path'
import {
  WINDOW_STATE_FILE,
  WindowStateSaver,
  loadWindowState,
  saveWindowState,
} from './window-state'
import type { WindowState } from './window-state'

const stateFile = (): string => join(app.getPath('userData'), WINDOW_STATE_FILE)

/** Where the window was left, on the displays there are now (call once the app is ready). */
export const restoredWindowState = (): WindowState => {
  const primary = screen.getPrimaryDisplay()
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id)
  return loadWindowState(
    stateFile(),
    [primary, ...others].map((display) => display.workArea),
  )
}

/** Keeps the window's place and size in the data folder as it moves, and when it closes. */
export const rememberWindowState = (window: BrowserWindow, restored: WindowState): void => {
  // maximize() shows a hidden window: wait until it has something to show.
  if (restored.maximized) window.once('ready-to-show', () => window.maximize())
  const saver = new WindowStateSaver(
    // The normal bounds: a maximized or full-screen window comes back to them when restored.
    () =>
      saveWindowState(stateFile(), {
        ...window.getNormalBounds(),
        maximized: window.isMaximized(),
      }),
    (error) => console.warn('the window’s place could not be saved:', error),
  )
  window.on('resize', () => saver.changed())
  window.on('move', () => saver.changed())
  window.on('maximize', () => saver.changed())
  window.on('unmaximize', () => saver.changed())
  window.on('close', () => saver.flush())
}
