import { app, session, shell } from 'electron'
import type { WebContents } from 'electron'
import { isExternalWebUrl } from './external-links'

/**
 * Hardening that applies to every web contents the app ever creates: no new windows, no
 * navigation away from the app, no <webview>, no permission prompts. Web links go to the system
 * browser instead.
 */
export const installSecurity = (isAppUrl: (url: string) => boolean): void => {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  )
  session.defaultSession.setPermissionCheckHandler(() => false)

  app.on('web-contents-created', (_event, contents) => harden(contents, isAppUrl))
}

const harden = (contents: WebContents, isAppUrl: (url: string) => boolean): void => {
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url)
    return { action: 'deny' }
  })
  const stayInApp = (event: Electron.Event, url: string): void => {
    if (isAppUrl(url)) return
    event.preventDefault()
    openOutside(url)
  }
  contents.on('will-navigate', stayInApp)
  contents.on('will-redirect', stayInApp)
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

const openOutside = (url: string): void => {
  if (!isExternalWebUrl(url)) return
  shell.openExternal(url).catch((error: unknown) => {
    console.error(`could not open ${url} in the system browser:`, error)
  })
}
