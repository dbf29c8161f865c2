/**
 * Where the token lives in this browser, for the host's origin: it survives reloads, closed tabs
 * and host restarts (the host keeps its token, `serve-address.json`), so the plain address works
 * again in this browser; a host given a new token (`dossier serve --new-token`) refuses it.
 */
export const TOKEN_STORAGE_KEY = 'vdesk:host-token'

/** The parts of the page this needs, so tests can hand in their own. */
export interface TokenPage {
  readonly location: { readonly href: string }
  readonly history: Pick<History, 'replaceState' | 'state'>
  readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null
}

const browserPage = (): TokenPage => {
  let storage: Storage | null = null
  try {
    storage = window.localStorage
  } catch {
    // Storage disabled: the token then lasts until the page reloads.
  }
  return { location: window.location, history: window.history, storage }
}

/**
 * The host's access token. `dossier serve` prints `http://127.0.0.1:PORT/#token=...`; the token
 * is taken from the fragment (which browsers never send to servers), kept in localStorage for
 * reloads and later visits, and removed from the address bar so it is not left in history or in a shared screen.
 * Null when there is none: the page was opened without a host.
 */
export const takeHostToken = (page: TokenPage = browserPage()): string | null => {
  const url = new URL(page.location.href)
  const fragment = new URLSearchParams(url.hash.replace(/^#/, ''))
  const fromAddress = fragment.get('token')
  if (fromAddress !== null && fromAddress !== '') {
    fragment.delete('token')
    const rest = fragment.toString()
    url.hash = rest === '' ? '' : `#${rest}`
    page.history.replaceState(page.history.state, '', url.href)
    try {
      page.storage?.setItem(TOKEN_STORAGE_KEY, fromAddress)
    } catch {
      // A full or refused storage only costs the token on reload.
    }
    return fromAddress
  }
  try {
    const stored = page.storage?.getItem(TOKEN_STORAGE_KEY) ?? null
    return stored === '' ? null : stored
  } catch {
    return null
  }
}
