import { deskApi } from '../platform/shell'

/** The parts of the page that decide whether it registers the offline shell. */
export interface ShellPage {
  readonly protocol: string
  readonly hostname: string
  readonly origin: string
}

/** Only `dossier serve`'s page: loopback over http(s), never Electron's own scheme or file://. */
const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]'])

/** A built bundle's name (`index-DWBUtBkJ.js`): Vite hashes it, so it names the build. */
const BUILT_BUNDLE = /\/assets\/([\w-]+-[\w-]{6,})\.js$/

/**
 * Where the offline shell's service worker is for this page, or null when this page should not
 * have one: not served over http(s) from loopback, or not a built bundle (the development server,
 * whose files change under it). The build goes into the address: a new build is a new worker,
 * which replaces the old build's cache (src/renderer/public/sw.js).
 */
export const shellWorkerAddress = (page: ShellPage, bundleUrl: string): string | null => {
  if (page.protocol !== 'http:' && page.protocol !== 'https:') return null
  if (!LOOPBACK_NAMES.has(page.hostname)) return null
  let bundle: URL
  try {
    bundle = new URL(bundleUrl)
  } catch {
    return null
  }
  if (bundle.origin !== page.origin) return null
  const build = BUILT_BUNDLE.exec(bundle.pathname)?.[1]
  if (build === undefined) return null
  return new URL(`/sw.js?${new URLSearchParams({ build }).toString()}`, page.origin).href
}

/**
 * Registers the offline shell, so this tab can be reloaded, or the address opened again, while
 * the host is down (docs/ui.md). Failing to register costs only that, so it is never an error.
 */
export const registerShellWorker = async (): Promise<void> => {
  // The desktop app has its host on a port and its files on its own scheme: no worker there.
  if (deskApi() !== null) return
  const address = shellWorkerAddress(window.location, import.meta.url)
  if (address === null || !('serviceWorker' in navigator)) return
  try {
    await navigator.serviceWorker.register(address, { scope: '/' })
  } catch {
    // A browser that refuses service workers (a private window, a policy) just has no offline shell.
  }
}
