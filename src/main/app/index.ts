import { app, BrowserWindow } from 'electron'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { installHostBridge } from './host-bridge'
import { HostProcess } from './host-process'
import { createMainWindow, rendererUrl } from './main-window'
import { installMenu } from './menu'
import { installSecurity } from './security'

/**
 * Electron's main process: windows, menu and security, and the host's utility process with the
 * ports to it; nothing else. Dossier logic lives in the host and the renderer.
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

/** The host's entry, built next to this file (src/main/host/utility-entry.ts). */
const hostEntry = fileURLToPath(new URL('./host.js', import.meta.url))

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
  const host = new HostProcess(hostEntry, join(app.getPath('userData'), 'library'))
  let hostStopped = false
  app.on('before-quit', (event) => {
    if (hostStopped) return
    // The host flushes every acknowledged change before the app goes.
    event.preventDefault()
    void host.stop().finally(() => {
      hostStopped = true
      app.quit()
    })
  })
  void app.whenReady().then(() => {
    installSecurity(isAppUrl)
    host.start()
    installHostBridge(host, isAppUrl)
    installMenu({ development })
    createMainWindow()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow()
    })
  })
}
