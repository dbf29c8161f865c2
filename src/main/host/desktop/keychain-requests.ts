import { randomUUID } from 'node:crypto'
import { keyProtectionSentence } from '../../../shared/identity/key-protection-words'
import type { KeyAnswer } from '../../../shared/ipc/key-protection-ipc'
import { readToHost } from '../../../shared/ipc/utility-host-ipc'
import { KeyProtectionError } from '../library/key-protection'
import type { KeyProtection } from '../library/key-protection'
import type { ParentPortLike } from './parent-port'

/**
 * A keychain prompt (macOS asks the user whether the app may use its key) can take a while;
 * a main that never answers (a bug, a version skew) must not hang the host forever.
 */
const ANSWER_WAIT_MS = 60_000

interface Waiting {
  readonly resolve: (data: string) => void
  readonly reject: (error: Error) => void
  readonly timer: ReturnType<typeof setTimeout>
}

/**
 * The identity store's `KeyProtection` in the desktop host: each seal or open is a `key-request`
 * to Electron main (which alone has `safeStorage`) and waits for the answer with its id. Answers
 * are read with the utility contract; one that names no waiting request is ignored.
 */
export const parentKeychain = (
  parentPort: ParentPortLike,
  options: { readonly answerWaitMs?: number } = {},
): KeyProtection => {
  const waiting = new Map<string, Waiting>()
  const wait = options.answerWaitMs ?? ANSWER_WAIT_MS

  parentPort.on('message', ({ data }) => {
    const read = readToHost(data)
    if (!read.ok) return // serve-ports reports malformed messages
    const message = read.message
    if (message.type !== 'key-answer' && message.type !== 'key-refused') return
    const entry = waiting.get(message.requestId)
    if (entry === undefined) return
    waiting.delete(message.requestId)
    clearTimeout(entry.timer)
    settle(entry, message)
  })

  const request = (op: 'protect' | 'unprotect', data: string): Promise<string> =>
    new Promise((resolve, reject) => {
      const requestId = randomUUID()
      const timer = setTimeout(() => {
        waiting.delete(requestId)
        reject(
          new KeyProtectionError(
            `the app did not answer a keychain request within ${wait / 1000} s`,
          ),
        )
      }, wait)
      timer.unref()
      waiting.set(requestId, { resolve, reject, timer })
      parentPort.postMessage({ type: 'key-request', requestId, op, data })
    })

  return {
    kind: 'os-keychain',
    describe: () => keyProtectionSentence('os-keychain'),
    protect: (secret) => request('protect', Buffer.from(secret).toString('base64')),
    unprotect: async (sealed) =>
      new Uint8Array(Buffer.from(await request('unprotect', sealed), 'base64')),
  }
}

const settle = (entry: Waiting, answer: KeyAnswer): void => {
  if (answer.type === 'key-answer') entry.resolve(answer.data)
  else entry.reject(new KeyProtectionError(answer.reason))
}
