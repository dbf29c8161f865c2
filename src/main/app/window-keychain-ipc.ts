import { ipcMain, safeStorage } from 'electron'
import {
  IPC_KEYCHAIN_OPEN,
  IPC_KEYCHAIN_SEAL,
  IPC_KEYCHAIN_STATE,
} from '../../shared/ipc/keychain-channel'
import type { KeychainAnswer, KeychainState } from '../../shared/ipc/keychain-channel'
import type { AppUrlCheck } from './app-origin'
import { isTrustedSender, senderFrameOf, UNTRUSTED_SENDER_REASON } from './trusted-sender'
import { windowKeychainAnswers } from './window-keychain'

/**
 * The window's keychain requests, answered with `safeStorage` (window-keychain.ts): for the
 * app's own page in its main frame only; each argument is read by the answer before it is used.
 */
export const installWindowKeychain = (isAppUrl: AppUrlCheck): void => {
  const answers = windowKeychainAnswers(safeStorage, process.platform)
  ipcMain.handle(IPC_KEYCHAIN_STATE, (event): KeychainState => {
    if (!isTrustedSender(senderFrameOf(event), isAppUrl)) return { available: false }
    return answers.state()
  })
  const answering = (channel: string, answer: (raw: unknown) => Promise<KeychainAnswer>) =>
    ipcMain.handle(channel, async (event, raw: unknown): Promise<KeychainAnswer> => {
      if (!isTrustedSender(senderFrameOf(event), isAppUrl)) {
        return { ok: false, reason: UNTRUSTED_SENDER_REASON }
      }
      return answer(raw)
    })
  answering(IPC_KEYCHAIN_SEAL, answers.seal)
  answering(IPC_KEYCHAIN_OPEN, answers.open)
}
