import type { KeyProtectionKind } from '../../shared/identity/key-protection-words'
import type { KeyAnswer, KeyRequest } from '../../shared/ipc/key-protection-ipc'

/**
 * What main uses of Electron's `safeStorage`. Nothing here imports Electron: tests hand in a
 * real cipher with the same shape (`key-protection.ts` hands in `safeStorage`).
 */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean
  /** Linux only: which secret store seals the key; 'basic_text' is a key in the app's own code. */
  getSelectedStorageBackend(): string
  encryptStringAsync(plainText: string): Promise<Buffer>
  decryptStringAsync(encrypted: Buffer): Promise<{ readonly result: string }>
}

/**
 * Whether the system offers a keychain worth the name. On Linux without a secret service,
 * safeStorage still "encrypts", with a password written in Chromium's source ('basic_text'):
 * that guards nothing a 0600 file does not, and calling it protection would mislead.
 */
export const offeredProtection = (
  storage: SafeStorageLike,
  platform: string,
): KeyProtectionKind => {
  try {
    if (!storage.isEncryptionAvailable()) return 'none'
    if (platform !== 'linux') return 'os-keychain'
    const backend = storage.getSelectedStorageBackend()
    return backend === 'basic_text' || backend === 'unknown' ? 'none' : 'os-keychain'
  } catch {
    return 'none'
  }
}

const refused = (request: KeyRequest, reason: string): KeyAnswer => ({
  type: 'key-refused',
  requestId: request.requestId,
  reason: reason.slice(0, 2000),
})

/**
 * Answers one of the host's key requests (already read with the utility contract): the secret
 * sealed, or a sealed blob opened, both in base64; or why not, in words.
 */
export const answerKeyRequest = async (
  storage: SafeStorageLike,
  request: KeyRequest,
): Promise<KeyAnswer> => {
  try {
    if (request.op === 'protect') {
      const sealed = await storage.encryptStringAsync(request.data)
      return { type: 'key-answer', requestId: request.requestId, data: sealed.toString('base64') }
    }
    const { result } = await storage.decryptStringAsync(Buffer.from(request.data, 'base64'))
    // What was sealed was base64; anything else means the blob opened to something it never was.
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(result) || result.length > 8192) {
      return refused(request, 'the keychain opened the key to something that is not a key')
    }
    return { type: 'key-answer', requestId: request.requestId, data: result }
  } catch (error) {
    const what = request.op === 'protect' ? 'seal' : 'open'
    return refused(
      request,
      `the system keychain could not ${what} the key: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}
