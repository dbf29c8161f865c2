import { MessageChannel } from 'node:worker_threads'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { messagePortTransport } from '../../../../src/main/host/sync'
import type { SyncHub } from '../../../../src/main/host/sync'
import { ClientSession } from '../../../../src/shared/protocol'
import type { Role } from '../../../../src/shared/protocol'
import { onCleanup } from './cleanup'

export interface Closed {
  readonly code: number
  readonly reason: string
}

/** A replica document synced with the hub through our ClientSession. */
export interface Replica {
  readonly doc: Y.Doc
  readonly session: ClientSession
  readonly synced: Promise<void>
  readonly closed: Promise<Closed>
  isOpen(): boolean
  /** Closes the transport without a goodbye (no awareness removal sent). */
  drop(): void
}

const deferred = <T>(): { promise: Promise<T>; resolve: (value: T) => void } => {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((done) => (resolve = done))
  return { promise, resolve }
}

export const syncUrl = (serverUrl: string, dossierId: string, token: string): string =>
  `${serverUrl}/${encodeURIComponent(dossierId)}?token=${encodeURIComponent(token)}`

export const wsReplica = async (
  serverUrl: string,
  dossierId: string,
  token: string,
  doc = new Y.Doc(),
): Promise<Replica> => {
  const socket = new WebSocket(syncUrl(serverUrl, dossierId, token))
  socket.binaryType = 'arraybuffer'
  const synced = deferred<undefined>()
  const closed = deferred<Closed>()
  const session = new ClientSession({
    doc,
    send: (bytes) => socket.send(bytes),
    onSynced: () => synced.resolve(undefined),
    onProtocolError: (reason) => socket.close(1008, reason.slice(0, 100)),
  })
  let open = false
  socket.on('message', (data: ArrayBuffer) => session.receive(new Uint8Array(data)))
  socket.on('close', (code: number, reason: Buffer) => {
    open = false
    session.disconnected()
    closed.resolve({ code, reason: reason.toString() })
  })
  socket.on('error', () => undefined)
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve())
    socket.once('unexpected-response', (_request, response) =>
      reject(new Error(`upgrade refused: ${response.statusCode}`)),
    )
  })
  open = true
  session.start()
  onCleanup(() => {
    session.destroy()
    socket.terminate()
  })
  return {
    doc,
    session,
    synced: synced.promise,
    closed: closed.promise,
    isOpen: () => open,
    drop: () => socket.terminate(),
  }
}

/** A replica over a worker_threads MessageChannel, the way a renderer reaches the host. */
export const portReplica = (
  hub: SyncHub,
  dossierId: string,
  role: Role = 'editor',
  doc = new Y.Doc(),
): Replica => {
  const { port1, port2 } = new MessageChannel()
  hub.connect(messagePortTransport(port1), { dossierId, role })
  const synced = deferred<undefined>()
  const closed = deferred<Closed>()
  let notice: Closed | null = null
  let open = true
  const session = new ClientSession({
    doc,
    send: (bytes) => port2.postMessage(bytes),
    onSynced: () => synced.resolve(undefined),
    onHostClose: (code, reason) => (notice = { code, reason }),
    onProtocolError: () => port2.close(),
  })
  port2.on('message', (data: Uint8Array) => session.receive(data))
  port2.on('close', () => {
    open = false
    session.disconnected()
    closed.resolve(notice ?? { code: 1000, reason: 'port closed' })
  })
  session.start()
  onCleanup(() => {
    session.destroy()
    port2.close()
  })
  return {
    doc,
    session,
    synced: synced.promise,
    closed: closed.promise,
    isOpen: () => open,
    drop: () => port2.close(),
  }
}

/** A bare socket for sending whatever a test likes. */
export interface RawSocket {
  readonly socket: WebSocket
  readonly received: Uint8Array[]
  readonly closed: Promise<Closed>
}

export const rawSocket = async (url: string): Promise<RawSocket> => {
  const socket = new WebSocket(url)
  socket.binaryType = 'arraybuffer'
  const received: Uint8Array[] = []
  const closed = deferred<Closed>()
  socket.on('message', (data: ArrayBuffer) => received.push(new Uint8Array(data)))
  socket.on('close', (code: number, reason: Buffer) =>
    closed.resolve({ code, reason: reason.toString() }),
  )
  socket.on('error', () => undefined)
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve())
    socket.once('unexpected-response', (_request, response) =>
      reject(new Error(`upgrade refused: ${response.statusCode}`)),
    )
  })
  onCleanup(() => socket.terminate())
  return { socket, received, closed: closed.promise }
}

/** The HTTP status an upgrade to `url` is refused with, or 101 when it is accepted. */
export const upgradeStatus = (url: string, headers: Record<string, string> = {}): Promise<number> =>
  new Promise((resolve) => {
    const socket = new WebSocket(url, { headers })
    socket.on('error', () => undefined)
    socket.once('open', () => {
      socket.terminate()
      resolve(101)
    })
    socket.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0)
      socket.terminate()
    })
  })
