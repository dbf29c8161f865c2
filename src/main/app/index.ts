import { app, BrowserWindow } from 'electron'
import { createMainWindow, rendererUrl } from './main-window'
import { installMenu } from './menu'
import { installSecurity } from './security'

/**
 * Electron's main process: windows, menu and security, nothing else. Dossier logic lives in the
 * host and the renderer.
 */
const development = process.env['ELECTRON_RENDERER_URL'] !== undefined

/** The app's own pages: the built index.html, or the dev server's origin. */
const isAppUrl = (url: string): boolean => {
  const app = new URL(rendererUrl())
  const target = URL.canParse(url) ? new URL(url) : null
  if (target === null) return false
  return app.protocol === 'file:'
    ? target.protocol === 'file:' && target.pathname === app.pathname
    : target.origin === app.origin
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.enableSandbox()
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows()
    if (window === undefined) return
    if (window.isMinimized()) window.restore()
    window.focus()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  void app.whenReady().then(() => {
    installSecurity(isAppUrl)
    installMenu({ development })
    createMainWindow()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow()
    })
  })
}
