import { app, BrowserWindow } from 'electron'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { installHostBridge } from './host-bridge'
import { HostProcess } from './host-process'
import { systemKeychain } from './key-protection'
import { startLogging } from './logging'
import { appUrlCheck } from './app-origin'
import { registerAppScheme, serveAppScheme } from './app-protocol'
import { createMainWindow } from './main-window'
import { installMenu } from './menu'
import { installOsOpen } from './os-open'
import { installSecurity } from './security'
import { installWindowKeychain } from './window-keychain-ipc'

/**
 * Electron's main process: windows, menu and security, and the host's utility process with the
 * ports to it; nothing else. Dossier logic lives in the host and the renderer.
 */
const development = process.env['ELECTRON_RENDERER_URL'] !== undefined

/** The app's own pages: its `vdesk-app://desk/` scheme, or the dev server's origin. */
const isAppUrl = appUrlCheck(process.env['ELECTRON_RENDERER_URL'])

/** The host's entry, built next to this file (src/main/host/utility-entry.ts). */
const hostEntry = fileURLToPath(new URL('./host.js', import.meta.url))

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.enableSandbox()
  registerAppScheme()
  app.on('second-instance', (_event, argv, workingDirectory) => {
    // Its files and invite links open here (os-open.ts); the window comes forward either way.
    osOpen.secondInstance(argv, workingDirectory)
    const [window] = BrowserWindow.getAllWindows()
    if (window === undefined) return
    if (window.isMinimized()) window.restore()
    window.focus()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  const log = startLogging(app.getPath('userData'), app.getVersion())
  const host = new HostProcess(
    hostEntry,
    join(app.getPath('userData'), 'library'),
    log,
    systemKeychain(),
  )
  const osOpen = installOsOpen(host, () => BrowserWindow.getAllWindows()[0] ?? createMainWindow())
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
    serveAppScheme()
    host.start()
    installHostBridge(host, isAppUrl)
    installWindowKeychain(isAppUrl)
    installMenu({ development })
    createMainWindow()
    osOpen.start()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow()
    })
  })
}
