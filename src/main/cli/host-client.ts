import WebSocket from 'ws'
import * as Y from 'yjs'
import {
  CLOSE_GOING_AWAY,
  CLOSE_UNKNOWN_DOSSIER,
  HOST_FRAME_LIMITS,
  REPLICA_FRAME_LIMITS,
  RpcError,
  maxFrameBytes,
} from '../../shared/protocol'
import { SessionLink } from '../../shared/session'
import { webSocketTransport } from '../../shared/transport'
import type { HostEndpoint, RpcMethod, RpcParamsInput, RpcResult } from '../../shared/protocol'
import { CliError } from './cli-error'

/** How long a host gets to accept a connection before the CLI says it does not answer. */
export const CONNECT_TIMEOUT_MS = 5_000
/** How long a host gets to send a whole dossier once connected. */
const SYNC_TIMEOUT_MS = 60_000

/** Codes of the LAN methods whose messages are sentences for the person at the terminal. */
const LAN_CODES = new Set([
  'invite-invalid',
  'invite-expired',
  'invite-refused',
  'unreachable',
  'conflict',
  'forbidden',
])

/** The host could not be reached at all (refused, silent, or it refused the token). */
export class HostUnreachableError extends Error {}

/** One connection to a running host, joined to one room (a dossier, or the library room). */
export interface HostConnection {
  /** The replica: the host's copy of the dossier arrives here, and changes to it go there. */
  readonly doc: Y.Doc
  /** Resolves once everything the host had when we connected is in `doc`. */
  synced(): Promise<void>
  call<M extends RpcMethod>(method: M, params: RpcParamsInput<M>): Promise<RpcResult<M>>
  close(): Promise<void>
}

const describeSocketError = (error: Error): string => {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ECONNREFUSED') return 'connection refused'
  if (code === 'ECONNRESET') return 'the connection was reset'
  return error.message
}

const describeClose = (code: number, reason: string): string => {
  if (code === CLOSE_UNKNOWN_DOSSIER) return 'it has no such dossier'
  if (code === CLOSE_GOING_AWAY) return 'it is shutting down'
  return `code ${code}${reason ? `: ${reason}` : ''}`
}

const opened = (socket: WebSocket, timeoutMs: number): Promise<void> =>
  new Promise((resolve, reject) => {
    let settled = false
    const settle = (reason?: string): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      if (reason === undefined) return resolve()
      socket.terminate()
      reject(new HostUnreachableError(reason))
    }
    const timer = setTimeout(() => settle(`no answer in ${timeoutMs / 1000} s`), timeoutMs)
    socket.once('open', () => settle())
    socket.once('unexpected-response', (_request, response) =>
      settle(
        response.statusCode === 401
          ? 'it refused the token in the library lock (401)'
          : `it answered HTTP ${response.statusCode}`,
      ),
    )
    socket.on('error', (error) => settle(describeSocketError(error)))
    socket.once('close', () => settle('it closed the connection at once'))
  })

/** Opens a connection to `room` on the host and starts syncing it into a new doc. */
export const connectHost = async (
  endpoint: HostEndpoint,
  room: string,
  options: { timeoutMs?: number } = {},
): Promise<HostConnection> => {
  const address = `${endpoint.url}/${encodeURIComponent(room)}`
  const socket = new WebSocket(`${address}?token=${encodeURIComponent(endpoint.token)}`, {
    maxPayload: maxFrameBytes(REPLICA_FRAME_LIMITS),
  })
  socket.binaryType = 'arraybuffer'
  await opened(socket, options.timeoutMs ?? CONNECT_TIMEOUT_MS)

  const doc = new Y.Doc()
  const transport = webSocketTransport(socket)
  // One connection, one command: the link never dials again, so its one dial is this socket.
  const link = new SessionLink({ room, doc, dialer: () => transport, reconnect: false })
  const closedBecause = (): string | null => {
    const close = link.lastClose
    return close === null ? null : describeClose(close.code, close.reason)
  }
  const lost = (): CliError =>
    new CliError(`the host at ${endpoint.url} closed the connection (${closedBecause()})`)
  const { session } = link
  link.start()

  const translate = (method: RpcMethod, error: unknown): Error => {
    if (!(error instanceof RpcError)) return error as Error
    if (error.code === 'disconnected') return lost()
    if (error.code === 'not-durable')
      return new CliError(
        `the host at ${endpoint.url} could not save the change to disk, so it is not recorded as done; see the host's warnings, then run the command again`,
      )
    if (error.code === 'timeout')
      return new CliError(`the host at ${endpoint.url} did not answer (${method}) in time`)
    if (
      error.code === 'not-found' ||
      error.code === 'invalid-params' ||
      error.code === 'unreadable' ||
      LAN_CODES.has(error.code)
    )
      return new CliError(error.message)
    return new CliError(`the host at ${endpoint.url} answered ${error.code}: ${error.message}`)
  }

  return {
    doc,
    synced: () => {
      if (session.synced) return Promise.resolve()
      if (closedBecause() !== null) return Promise.reject(lost())
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          stop()
          reject(new CliError(`the host at ${endpoint.url} did not send ${room} in time`))
        }, SYNC_TIMEOUT_MS)
        const stop = link.subscribe((state) => {
          if (state.kind === 'live') resolve()
          else if (state.kind !== 'connecting') reject(lost())
          else return
          clearTimeout(timer)
          stop()
        })
      })
    },
    call: async (method, params) => {
      // The host closes a connection whose frame is over its cap; say so before sending it.
      const bytes = Buffer.byteLength(JSON.stringify({ id: 0, method, params }))
      if (bytes > HOST_FRAME_LIMITS.rpcBytes - 1024) {
        throw new CliError(
          `this is too large to send to the running host (${(bytes / 2 ** 20).toFixed(1)} MB; it takes ${HOST_FRAME_LIMITS.rpcBytes / 2 ** 20} MB at most): stop the host and run the command again`,
        )
      }
      try {
        return await session.rpc.call(method, params)
      } catch (error) {
        throw translate(method, error)
      }
    },
    close: async () => {
      link.close()
      if (socket.readyState !== WebSocket.CLOSED) {
        // The host should have our close frame before this process exits.
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            socket.terminate()
            resolve()
          }, 1_000)
          socket.once('close', () => {
            clearTimeout(timer)
            resolve()
          })
        })
      }
      doc.destroy()
    },
  }
}
