import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import type { SafeStorageLike } from '../../../src/main/app/keychain-answers'
import { windowKeychainAnswers } from '../../../src/main/app/window-keychain'
import type { DeskApi } from '../../../src/shared/ipc/desk-api'
import {
  settleKeychainAnswer,
  settleKeychainState,
  type DeskKeychain,
} from '../../../src/shared/ipc/keychain-channel'

/**
 * safeStorage as a test can run it: AES-256-GCM under a key of its own (as the OS keeps
 * safeStorage's), with the availability and Linux backend a test chooses. Another call without
 * `key` is another computer. (test/app/key-protection-storage.ts is the same for main's tests;
 * this project's renderer tests cannot import from test/app.)
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
    decryptStringAsync: async (encrypted) => {
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, encrypted.subarray(0, 12))
        decipher.setAuthTag(encrypted.subarray(12, 28))
        const body = Buffer.concat([decipher.update(encrypted.subarray(28)), decipher.final()])
        return { result: body.toString('utf8') }
      } catch {
        throw new Error(
          'Error while decrypting the ciphertext provided to safeStorage.decryptString.',
        )
      }
    },
  }
}

/**
 * `window.desk.keychain` as the page gets it, minus Electron's IPC: main's own answers
 * (window-keychain.ts) over a real cipher (AES-256-GCM under a key of its own, as the OS keeps
 * safeStorage's), settled as the preload settles them. Another `storage` is another computer.
 */
export const deskKeychain = (
  storage: SafeStorageLike = testSafeStorage(),
  platform = 'darwin',
): DeskKeychain => {
  const answers = windowKeychainAnswers(storage, platform)
  return {
    state: () => Promise.resolve(settleKeychainState(answers.state())),
    seal: async (secretHex) => settleKeychainAnswer(await answers.seal(secretHex)),
    open: async (sealed) => settleKeychainAnswer(await answers.open(sealed)),
  }
}

/** The preload's bridge with only what the key needs; everything else says it was not expected. */
export const deskWith = (keychain: DeskKeychain | undefined): DeskApi => {
  const unexpected = (): never => {
    throw new Error('the key does not use this')
  }
  return {
    platform: 'electron',
    version: 'test',
    os: 'linux',
    connect: unexpected,
    onHostStopped: unexpected,
    onHostStatus: unexpected,
    onCommand: unexpected,
    ...(keychain === undefined ? {} : { keychain }),
  }
}
