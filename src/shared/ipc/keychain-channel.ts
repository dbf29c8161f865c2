/**
 * The window's signing key and the system keychain: the page asks main (which alone has Electron's
 * `safeStorage`) whether there is a keychain, to seal its secret key, and to open it again. Names
 * and shapes only, apart from the schemas (keychain-request.ts), so the preload bundles no zod.
 */
export const IPC_KEYCHAIN_STATE = 'vdesk:keychain-state'
export const IPC_KEYCHAIN_SEAL = 'vdesk:keychain-seal'
export const IPC_KEYCHAIN_OPEN = 'vdesk:keychain-open'

/** Whether the system offers a keychain worth the name (not Linux's 'basic_text'). */
export interface KeychainState {
  readonly available: boolean
}

/** Main's answer to a seal or an open: the value, or why not in words for the editor. */
export type KeychainAnswer =
  { readonly ok: true; readonly value: string } | { readonly ok: false; readonly reason: string }

/** `window.desk.keychain`: what the page can ask of the system keychain. */
export interface DeskKeychain {
  /** Asked of main each time: safeStorage is decided there, after the app is ready. */
  readonly state: () => Promise<KeychainState>
  /** The secret key (64 hex characters) sealed, as base64; rejects with why it could not. */
  readonly seal: (secretHex: string) => Promise<string>
  /** A sealed key (base64) opened, as hex; rejects with why it could not. */
  readonly open: (sealed: string) => Promise<string>
}

const MAX_REASON = 2000

/**
 * A seal's or open's answer as the page's promise: the value, or a rejection with main's words.
 * The preload uses this (no zod there); the page still checks the value it gets.
 */
export const settleKeychainAnswer = (answer: unknown): string => {
  if (typeof answer === 'object' && answer !== null) {
    const { ok, value, reason } = answer as Record<string, unknown>
    if (ok === true && typeof value === 'string') return value
    if (ok === false && typeof reason === 'string') throw new Error(reason.slice(0, MAX_REASON))
  }
  throw new Error('the app’s keychain gave an answer it does not understand')
}

/** `state()`'s answer as the page gets it: anything but a plain `true` is no keychain. */
export const settleKeychainState = (answer: unknown): KeychainState => ({
  available:
    typeof answer === 'object' &&
    answer !== null &&
    (answer as Record<string, unknown>)['available'] === true,
})
