import { BrowserWindow } from 'electron'
import { fileURLToPath } from 'node:url'
import { APP_ENTRY_URL } from './app-origin'
import { rememberWindowState, restoredWindowState } from './remember-window'
import { SECURE_WEB_PREFERENCES } from './window-preferences'

const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url))

/**
 * Where the renderer comes from: the dev server under `electron-vite dev`, else the built files
 * on the app's own scheme (app-protocol.ts), never file://.
 */
export const rendererUrl = (): string => process.env['ELECTRON_RENDERER_URL'] ?? APP_ENTRY_URL

export const createMainWindow = (): BrowserWindow => {
  const restored = restoredWindowState()
  const window = new BrowserWindow({
    ...restored.bounds,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Verification Desk',
    backgroundColor: '#f6f5f1',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: preloadPath },
  })
  rememberWindowState(window, restored)
  window.once('ready-to-show', () => window.show())
  window.loadURL(rendererUrl()).catch((error: unknown) => {
    console.error('the window could not load the interface:', error)
  })
  return window
}
