import WebSocket from 'ws'
import * as Y from 'yjs'
import { ClientSession } from '../../src/shared/protocol'
import { onCleanup } from './cleanup'

/** A replica that is nothing but a ClientSession over a `ws` socket: no cache, no reconnects. */
export interface SessionClient {
  readonly doc: Y.Doc
  readonly session: ClientSession
  /** Resolves when the host has answered our sync step 1. */
  readonly synced: Promise<void>
}

/** Connects to `ws://.../sync/<dossierId>?token=...`, closed after the test. */
export const sessionClient = async (
  syncUrl: string,
  dossierId: string,
  token: string,
): Promise<SessionClient> => {
  const url = `${syncUrl}/${encodeURIComponent(dossierId)}?token=${encodeURIComponent(token)}`
  const socket = new WebSocket(url)
  socket.binaryType = 'arraybuffer'
  const doc = new Y.Doc()
  let markSynced!: () => void
  const synced = new Promise<void>((resolve) => (markSynced = resolve))
  const session = new ClientSession({
    doc,
    send: (bytes) => socket.send(bytes),
    onSynced: () => markSynced(),
    onProtocolError: (reason) => socket.close(1008, reason.slice(0, 100)),
  })
  socket.on('message', (data: ArrayBuffer) => session.receive(new Uint8Array(data)))
  socket.on('close', () => session.disconnected())
  socket.on('error', () => undefined)
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve())
    socket.once('unexpected-response', (_request, response) =>
      reject(new Error(`upgrade refused: ${response.statusCode}`)),
    )
  })
  session.start()
  onCleanup(() => {
    session.destroy()
    socket.terminate()
  })
  return { doc, session, synced }
}
