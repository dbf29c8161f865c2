import type { WebPreferences } from 'electron'

/**
 * The web preferences of every window the app opens (main-window.ts adds only the preload), one
 * constant so a test can hold each item of Electron's security checklist to it
 * (test/app/security/window-preferences.test.ts, docs/security.md).
 */
export const SECURE_WEB_PREFERENCES = Object.freeze({
  // The preload's world and the page's are apart: the page sees only `window.desk`.
  contextIsolation: true,
  // The renderer is an OS-sandboxed Chromium process with no Node.js.
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  // A file dropped outside the drop zones must not replace the app with that file.
  navigateOnDragDrop: false,
  // Middle-click fires no auxclick: a link opens only through the window-open handler.
  disableBlinkFeatures: 'Auxclick',
  // A page that loops on alert() can be stopped.
  safeDialogs: true,
  // Chromium's spellchecker fetches dictionaries from Google: an offline desk makes no calls.
  spellcheck: false,
  enableWebSQL: false,
  plugins: false,
} as const satisfies WebPreferences)
