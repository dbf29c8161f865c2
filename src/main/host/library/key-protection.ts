import type { KeyProtectionKind } from '../../../shared/identity/key-protection-words'
import { keyProtectionSentence } from '../../../shared/identity/key-protection-words'

export type { KeyProtectionKind }

/**
 * What seals the device's secret key before it is written to `identity.json`. In the desktop app
 * the host asks Electron main, which alone has `safeStorage` (`keychain-requests.ts`); the CLI and
 * `dossier serve` have no keychain and use `noKeyProtection`.
 */
export interface KeyProtection {
  readonly kind: KeyProtectionKind
  /** One plain sentence for people: what guards the key. */
  describe(): string
  /** Seals the 32-byte secret key; the result (base64) is what the identity file keeps. */
  protect(secret: Uint8Array): Promise<string>
  /**
   * Opens what `protect` sealed. Rejects when it cannot: another machine or account, a keychain
   * that was reset, a damaged blob, or no keychain here.
   */
  unprotect(sealed: string): Promise<Uint8Array>
}

export class KeyProtectionError extends Error {}

const noKeychain = (): Promise<never> =>
  Promise.reject(new KeyProtectionError('no keychain is available to this process'))

/** A file readable by its owner only (mode 0600), and nothing more. */
export const noKeyProtection: KeyProtection = {
  kind: 'none',
  describe: () => keyProtectionSentence('none'),
  protect: noKeychain,
  unprotect: noKeychain,
}
