import { app, session, shell } from 'electron'
import type { WebContents } from 'electron'
import type { AppUrlCheck } from './app-origin'
import { checkExternalLink } from './external-links'
import type { ExternalLinkVerdict } from './external-links'
import {
  navigationVerdict,
  redirectAllowed,
  refusedLinkNotice,
  subframeNavigationAllowed,
  windowOpenVerdict,
} from './navigation-policy'
import { devicePermissionGranted, permissionGranted } from './permission-policy'
import { sendAppCommand } from './send-command'

/**
 * Hardening that applies to every web contents the app ever creates: no new windows, no
 * navigation away from the app, no <webview>, permissions denied unless permission-policy.ts
 * grants them. The decisions are pure modules; this file only wires them to Electron
 * (docs/security.md lists every item and its test).
 */
export const installSecurity = (isAppUrl: AppUrlCheck): void => {
  const ses = session.defaultSession
  ses.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(
      permissionGranted(
        { permission, requestingUrl: details.requestingUrl, isMainFrame: details.isMainFrame },
        isAppUrl,
      ),
    ),
  )
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    permissionGranted(
      {
        permission,
        requestingUrl: details.requestingUrl ?? requestingOrigin,
        isMainFrame: details.isMainFrame,
      },
      isAppUrl,
    ),
  )
  ses.setDevicePermissionHandler(() => devicePermissionGranted())

  app.on('web-contents-created', (_event, contents) => harden(contents, isAppUrl))
}

const harden = (contents: WebContents, isAppUrl: AppUrlCheck): void => {
  contents.setWindowOpenHandler(({ url }) => {
    openOutsideOrSay(contents, url, windowOpenVerdict(url))
    return { action: 'deny' }
  })
  contents.on('will-navigate', (event) => {
    const verdict = navigationVerdict(event.url, isAppUrl)
    if (verdict.allow) return
    event.preventDefault()
    openOutsideOrSay(contents, event.url, verdict.outside)
  })
  contents.on('will-redirect', (event) => {
    if (!redirectAllowed(event.url, isAppUrl)) event.preventDefault()
  })
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !subframeNavigationAllowed()) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/** Opens a checked link in the system browser, or tells the window why it did not. */
const openOutsideOrSay = (
  contents: WebContents,
  url: string,
  verdict: ExternalLinkVerdict,
): void => {
  if (verdict.ok) {
    openExternalLink(verdict.url)
    return
  }
  sendAppCommand(contents, refusedLinkNotice(url, verdict.reason))
}

/**
 * The one place the app calls shell.openExternal (test/app/security/forbidden-options.test.ts
 * holds every other file to that): the link is checked again here, whoever calls.
 */
export const openExternalLink = (raw: string): boolean => {
  const verdict = checkExternalLink(raw)
  if (!verdict.ok) return false
  shell.openExternal(verdict.url).catch((error: unknown) => {
    console.error(`could not open ${verdict.url} in the system browser:`, error)
  })
  return true
}
