import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import type { SafeStorageLike } from '../../src/main/app/keychain-answers'

/**
 * Electron's safeStorage as tests can run it (main's and the renderer's alike): a real cipher (AES-256-GCM under a key of its own,
 * as the OS keeps safeStorage's key), with the availability and backend a test chooses.
 */
export const testSafeStorage = (
  options: { available?: boolean; backend?: string; key?: Buffer } = {},
): SafeStorageLike => {
  const key = options.key ?? randomBytes(32)
  return {
    isEncryptionAvailable: () => options.available ?? true,
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
    encryptStringAsync: (plainText) => {
      const iv = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', key, iv)
      const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()])
      return Promise.resolve(Buffer.concat([iv, cipher.getAuthTag(), body]))
    },
    decryptStringAsync: (encrypted) => {
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, encrypted.subarray(0, 12))
        decipher.setAuthTag(encrypted.subarray(12, 28))
        const body = Buffer.concat([decipher.update(encrypted.subarray(28)), decipher.final()])
        return Promise.resolve({ result: body.toString('utf8') })
      } catch {
        return Promise.reject(
          new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.'),
        )
      }
    },
  }
}
