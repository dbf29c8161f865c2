import { safeStorage } from 'electron'
import type { KeyProtectionKind } from '../../shared/identity/key-protection-words'
import type { KeyAnswer, KeyRequest } from '../../shared/ipc/key-protection-ipc'
import { answerKeyRequest, offeredProtection } from './keychain-answers'

/** Main's side of the host's key requests: `safeStorage`, decided and used after `ready`. */
export interface MainKeychain {
  /** What the system offers; asked when the host starts (safeStorage needs the app ready). */
  offered(): KeyProtectionKind
  answer(request: KeyRequest): Promise<KeyAnswer>
}

export const systemKeychain = (): MainKeychain => ({
  offered: () => offeredProtection(safeStorage, process.platform),
  answer: (request) => answerKeyRequest(safeStorage, request),
})
