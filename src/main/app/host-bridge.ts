import { ipcMain } from 'electron'
import type { HostProcess } from './host-process'
import { IPC_CONNECT } from '../../shared/ipc/host-port-ipc'
import type { HostPortAnswer } from '../../shared/ipc/host-port-ipc'
import { readHostPortRequest } from '../../shared/ipc/host-port-request'
import type { AppUrlCheck } from './app-origin'
import { isTrustedSender, senderFrameOf, UNTRUSTED_SENDER_REASON } from './trusted-sender'

/**
 * Answers the preload's `connect` with a port to the host: for the app's own page in its main
 * frame only (trusted-sender.ts), and for a request that reads (host-port-request.ts).
 */
export const installHostBridge = (host: HostProcess, isAppUrl: AppUrlCheck): void => {
  ipcMain.handle(IPC_CONNECT, async (event, raw: unknown): Promise<HostPortAnswer> => {
    if (!isTrustedSender(senderFrameOf(event), isAppUrl)) {
      return { ok: false, reason: UNTRUSTED_SENDER_REASON }
    }
    const request = readHostPortRequest(raw)
    if (request === null) return { ok: false, reason: 'a malformed request' }
    return host.connect(event.sender, request.requestId, request.dossierId)
  })
}
