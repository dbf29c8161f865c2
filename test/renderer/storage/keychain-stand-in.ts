import type { SafeStorageLike } from '../../../src/main/app/keychain-answers'
import { windowKeychainAnswers } from '../../../src/main/app/window-keychain'
import type { DeskApi } from '../../../src/shared/ipc/desk-api'
import { testSafeStorage } from '../../support/test-safe-storage'
import {
  settleKeychainAnswer,
  settleKeychainState,
  type DeskKeychain,
} from '../../../src/shared/ipc/keychain-channel'

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
