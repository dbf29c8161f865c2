/** Replaced at build time with the app's version (electron.vite.config.ts). */
declare const __DESK_VERSION__: string
