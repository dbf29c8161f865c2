import { contextBridge, ipcRenderer } from 'electron'
import { IPC_CONNECT, IPC_HOST_STOPPED, IPC_PORT } from '../shared/ipc/host-port-ipc'
import type {
  DeskApi,
  HostPortAnswer,
  HostPortDelivery,
  HostPortRequest,
} from '../shared/ipc/desk-api'

/** The isolated world's window; the preload is type-checked without the DOM library. */
const page = globalThis as unknown as {
  postMessage(message: unknown, targetOrigin: string, transfer: readonly unknown[]): void
}

// The main process sends each port with the id of the request it answers; the page gets it by
// window message, the only way a port crosses from the isolated world into the page's.
ipcRenderer.on(IPC_PORT, (event, message: unknown) => {
  const port = event.ports[0]
  const requestId = (message as { requestId?: unknown } | null)?.requestId
  if (port === undefined || typeof requestId !== 'string') return
  const delivery: HostPortDelivery = { type: 'vdesk:host-port', requestId }
  page.postMessage(delivery, '*', [port])
})

const api: DeskApi = Object.freeze({
  platform: 'electron',
  version: __DESK_VERSION__,
  connect: (request: HostPortRequest): Promise<HostPortAnswer> =>
    ipcRenderer.invoke(IPC_CONNECT, {
      requestId: String(request.requestId),
      dossierId: request.dossierId === null ? null : String(request.dossierId),
    }) as Promise<HostPortAnswer>,
  onHostStopped: (listener: () => void) => {
    const handler = (): void => listener()
    ipcRenderer.on(IPC_HOST_STOPPED, handler)
    return () => void ipcRenderer.off(IPC_HOST_STOPPED, handler)
  },
})

contextBridge.exposeInMainWorld('desk', api)
