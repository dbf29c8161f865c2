import { BrowserWindow } from 'electron'
import { fileURLToPath, pathToFileURL } from 'node:url'

const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url))
const rendererFile = fileURLToPath(new URL('../renderer/index.html', import.meta.url))

/** Where the renderer comes from: the dev server under `electron-vite dev`, else the built files. */
export const rendererUrl = (): string =>
  process.env['ELECTRON_RENDERER_URL'] ?? pathToFileURL(rendererFile).href

export const createMainWindow = (): BrowserWindow => {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Verification Desk',
    backgroundColor: '#f6f5f1',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // Chromium's spellchecker fetches dictionaries from Google: an offline desk makes no calls.
      spellcheck: false,
    },
  })
  window.once('ready-to-show', () => window.show())
  window.loadURL(rendererUrl()).catch((error: unknown) => {
    console.error('the window could not load the interface:', error)
  })
  return window
}
