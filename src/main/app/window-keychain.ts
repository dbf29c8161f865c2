import type { KeychainAnswer, KeychainState } from '../../shared/ipc/keychain-channel'
import { MAX_SEALED_LENGTH, readSealedKey, readSecretHex } from '../../shared/ipc/keychain-request'
import { offeredProtection } from './keychain-answers'
import type { SafeStorageLike } from './keychain-answers'

/**
 * Main's answers to the window's keychain requests (keychain-channel.ts), with the sender already
 * checked (window-keychain-ipc.ts). Nothing here imports Electron: tests hand in a real cipher.
 */
export interface WindowKeychainAnswers {
  state(): KeychainState
  seal(raw: unknown): Promise<KeychainAnswer>
  open(raw: unknown): Promise<KeychainAnswer>
}

const refused = (reason: string): KeychainAnswer => ({ ok: false, reason: reason.slice(0, 2000) })

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

const NO_KEYCHAIN =
  'this system offers no keychain right now (on Linux, a secret service such as GNOME Keyring or KWallet must be running)'

/**
 * The same decision as the host's key (`offeredProtection`): a keychain only where safeStorage
 * has a real one, never Linux's 'basic_text' password written in Chromium's source.
 */
export const windowKeychainAnswers = (
  storage: SafeStorageLike,
  platform: string,
): WindowKeychainAnswers => {
  const available = (): boolean => offeredProtection(storage, platform) === 'os-keychain'
  return {
    state: () => ({ available: available() }),
    seal: async (raw) => {
      const secret = readSecretHex(raw)
      if (secret === null)
        return refused('what was sent to seal is not a secret key (64 hex digits)')
      if (!available()) return refused(`the key was not sealed: ${NO_KEYCHAIN}`)
      try {
        const sealed = await storage.encryptStringAsync(secret)
        return { ok: true, value: sealed.toString('base64') }
      } catch (error) {
        return refused(`the system keychain could not seal the key: ${messageOf(error)}`)
      }
    },
    open: async (raw) => {
      const sealed = readSealedKey(raw)
      if (sealed === null) {
        return refused(
          `what was sent to open is not a sealed key (base64, at most ${MAX_SEALED_LENGTH} characters)`,
        )
      }
      if (!available()) return refused(`the key could not be opened: ${NO_KEYCHAIN}`)
      try {
        const { result } = await storage.decryptStringAsync(Buffer.from(sealed, 'base64'))
        // What was sealed was a hex secret; anything else opened to something it never was.
        if (readSecretHex(result) === null) {
          return refused('the system keychain opened the key to something that is not a key')
        }
        return { ok: true, value: result }
      } catch (error) {
        return refused(`the system keychain could not open the key: ${messageOf(error)}`)
      }
    },
  }
}
