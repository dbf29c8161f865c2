import { keyProtectionSentence } from '../../shared/identity/key-protection-words'
import type { KeyProtectionKind } from '../../shared/identity/key-protection-words'

/**
 * What guards the key this page signs the editor's decisions with, at rest.
 * 'os-keychain': sealed by the system keychain through the desktop app (the blob is what is
 * stored; rename writes it again). 'app-data': the desktop app without a keychain (or one that
 * refused the key: `problem`), so the key lies in the app's data folder. 'browser': a browser
 * tab, where the site's storage keeps it. 'not-saved': a key for this page only.
 */
export type WindowKeyProtection =
  | { readonly kind: 'os-keychain'; readonly sealedSecretKey: string }
  | { readonly kind: 'app-data'; readonly problem: string | null }
  | { readonly kind: 'browser' }
  | { readonly kind: 'not-saved' }

export const NOT_SAVED: WindowKeyProtection = { kind: 'not-saved' }

/** One sentence on the page's own key. */
export const windowKeySentence = (protection: WindowKeyProtection): string => {
  switch (protection.kind) {
    case 'os-keychain':
      return 'Your signing key is protected by the system keychain.'
    case 'app-data':
      return protection.problem === null
        ? 'Your signing key is stored in this app’s data folder, readable by your user account; this system offers no keychain.'
        : `Your signing key is stored in this app’s data folder, readable by your user account; the system keychain could not protect it: ${protection.problem.replace(/[.\s]+$/, '')}.`
    case 'browser':
      return 'Your signing key is kept in this browser’s storage for this site.'
    case 'not-saved':
      return 'Your signing key is kept in this page only and is not saved on this device.'
  }
}

/** How the host keeps `identity.json`, as its `keyProtection` answer says. */
export interface HostKeyProtection {
  readonly kind: KeyProtectionKind
  readonly problem: string | null
}

/** Whether the page is the desktop app's window, where the host's key is this computer's too. */
export const isDesktopWindow = (protection: WindowKeyProtection): boolean =>
  protection.kind === 'os-keychain' || protection.kind === 'app-data'

/**
 * The identity note: the page's key, and in the desktop app this computer's device key too (it
 * signs imports and is the device's key on the LAN). When both are kept alike, one sentence says
 * so; otherwise one sentence each. A browser tab says nothing of the host's key: the host may be
 * another computer, and its file is not what signs this tab's decisions.
 */
export const keyProtectionNoteText = (
  windowKey: WindowKeyProtection,
  host: HostKeyProtection | null,
): string => {
  const own = windowKeySentence(windowKey)
  if (host === null || !isDesktopWindow(windowKey)) return own
  const both = 'Your signing key and this computer’s device key (identity.json)'
  if (host.problem === null && windowKey.kind === 'os-keychain' && host.kind === 'os-keychain') {
    return `${both} are protected by the system keychain.`
  }
  if (
    host.problem === null &&
    windowKey.kind === 'app-data' &&
    windowKey.problem === null &&
    host.kind === 'none'
  ) {
    return `${both} are stored in this app’s data folder, readable by your user account; this system offers no keychain.`
  }
  return `${own} ${keyProtectionSentence(host.kind, host.problem)}`
}
