import { ipcMain } from 'electron'
import type { HostProcess } from './host-process'
import { IPC_CONNECT } from '../../shared/ipc/host-port-ipc'
import type { HostPortAnswer } from '../../shared/ipc/host-port-ipc'
import { readHostPortRequest } from '../../shared/ipc/host-port-request'

/** Answers the preload's `connect` for the app's own pages only, with a port to the host. */
export const installHostBridge = (host: HostProcess, isAppUrl: (url: string) => boolean): void => {
  ipcMain.handle(IPC_CONNECT, async (event, raw: unknown): Promise<HostPortAnswer> => {
    const frame = event.senderFrame
    if (frame === null || frame.parent !== null || !isAppUrl(frame.url)) {
      return { ok: false, reason: 'not the app’s own page' }
    }
    const request = readHostPortRequest(raw)
    if (request === null) return { ok: false, reason: 'a malformed request' }
    return host.connect(event.sender, request.requestId, request.dossierId)
  })
}
