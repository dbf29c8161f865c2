import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import type { KeyProtection } from '../../../src/main/host/library/key-protection'

/**
 * A keychain for tests that really encrypts: AES-256-GCM under a key of its own, as safeStorage
 * seals with a key the OS keeps. Another instance is another machine's keychain: it cannot open
 * this one's blobs.
 */
export const testKeychain = (
  key: Buffer = randomBytes(32),
): KeyProtection & { calls: string[] } => {
  const calls: string[] = []
  return {
    kind: 'os-keychain',
    calls,
    describe: () => 'test keychain',
    protect: (secret) => {
      calls.push('protect')
      const iv = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', key, iv)
      const body = Buffer.concat([cipher.update(secret), cipher.final()])
      return Promise.resolve(Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64'))
    },
    unprotect: (sealed) => {
      calls.push('unprotect')
      try {
        const bytes = Buffer.from(sealed, 'base64')
        const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12))
        decipher.setAuthTag(bytes.subarray(12, 28))
        const opened = Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()])
        return Promise.resolve(new Uint8Array(opened))
      } catch {
        return Promise.reject(new Error('the keychain cannot decrypt this'))
      }
    },
  }
}
