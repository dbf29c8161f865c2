import type { UtilityProcess } from 'electron'
import { readFromHost } from '../../shared/ipc/utility-host-ipc'
import type { MainKeychain } from './key-protection'

/**
 * Answers the host's `key-request`s on its own listener (the supervisor reads the rest of what
 * the host says). Each answer carries the request's id; a malformed message is the supervisor's
 * to report.
 */
export const answerKeyRequests = (child: UtilityProcess, keychain: MainKeychain): void => {
  child.on('message', (data: unknown) => {
    const read = readFromHost(data)
    if (!read.ok || read.message.type !== 'key-request') return
    keychain
      .answer(read.message)
      .then((answer) => child.postMessage(answer))
      // A host that exited meanwhile needs no answer; its next run asks again.
      .catch(() => undefined)
  })
}
