import { contextBridge, ipcRenderer } from 'electron'
import { IPC_APP_COMMAND } from '../shared/ipc/app-command-channel'
import { IPC_CONNECT, IPC_HOST_STOPPED, IPC_PORT } from '../shared/ipc/host-port-ipc'
import { IPC_HOST_STATUS } from '../shared/ipc/host-status-channel'
import {
  IPC_KEYCHAIN_OPEN,
  IPC_KEYCHAIN_SEAL,
  IPC_KEYCHAIN_STATE,
  settleKeychainAnswer,
  settleKeychainState,
} from '../shared/ipc/keychain-channel'
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

/** Forwards one channel's payload to `listener`, never the event (it carries `sender`). */
const subscribe =
  (channel: string) =>
  (listener: (payload: unknown) => void): (() => void) => {
    const handler = (_event: unknown, payload: unknown): void => listener(payload)
    ipcRenderer.on(channel, handler)
    return () => void ipcRenderer.off(channel, handler)
  }

/**
 * `subscribe`, holding what arrives before anyone listens: main sends a file the OS opened, or a
 * join link, as soon as the page has loaded, which is before the renderer's effects subscribe.
 * The first listener gets what was held (at most `limit`, the newest).
 */
const subscribeHolding = (channel: string, limit: number) => {
  const listeners = new Set<(payload: unknown) => void>()
  let held: unknown[] = []
  ipcRenderer.on(channel, (_event: unknown, payload: unknown) => {
    if (listeners.size > 0) for (const listener of [...listeners]) listener(payload)
    else held = [...held, payload].slice(-limit)
  })
  return (listener: (payload: unknown) => void): (() => void) => {
    listeners.add(listener)
    const waiting = held
    held = []
    for (const payload of waiting) listener(payload)
    return () => void listeners.delete(listener)
  }
}

const knownOs = (platform: string): DeskApi['os'] =>
  platform === 'darwin' || platform === 'win32' || platform === 'linux' ? platform : 'other'

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
  onHostStatus: subscribe(IPC_HOST_STATUS),
  onCommand: subscribeHolding(IPC_APP_COMMAND, 20),
  os: knownOs(process.platform),
  // Main reads each argument again; only strings go, and only main's value or words come back.
  keychain: Object.freeze({
    state: () => ipcRenderer.invoke(IPC_KEYCHAIN_STATE).then(settleKeychainState),
    seal: (secretHex: string) =>
      ipcRenderer.invoke(IPC_KEYCHAIN_SEAL, String(secretHex)).then(settleKeychainAnswer),
    open: (sealed: string) =>
      ipcRenderer.invoke(IPC_KEYCHAIN_OPEN, String(sealed)).then(settleKeychainAnswer),
  }),
})

contextBridge.exposeInMainWorld('desk', api)
