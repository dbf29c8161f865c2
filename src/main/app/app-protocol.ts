import { protocol } from 'electron'
import { fileURLToPath } from 'node:url'
import { appFileServer } from './app-files'
import { APP_SCHEME, APP_SCHEME_PRIVILEGES } from './app-origin'

/** The built renderer (out/renderer), next to this file's folder (out/main). */
export const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url))

/** Must run before the app is ready: Chromium fixes its schemes at startup. */
export const registerAppScheme = (): void => {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }])
}

/** Serves `vdesk-app://desk/…` from the built renderer; the decisions are in app-files.ts. */
export const serveAppScheme = (): void => {
  protocol.handle(APP_SCHEME, appFileServer(rendererDir))
}
