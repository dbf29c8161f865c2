import type { FromHostMessage, OpenFileAnswer } from '../../../shared/ipc/utility-host-ipc'
import type { MessagePortLike } from '../sync'

/**
 * What the host uses of Electron's `process.parentPort`. Nothing here imports Electron, so tests
 * drive the host with an EventEmitter and plain Node MessagePorts.
 */
export interface ParentPortLike {
  on(
    event: 'message',
    listener: (message: { data: unknown; ports: readonly HostPort[] }) => void,
  ): unknown
  postMessage(message: FromHostMessage): void
}

/**
 * A port main sends: a replica connection's (bytes), or an `open-file`'s, which carries its one
 * structured answer back.
 */
export type HostPort = MessagePortLike & { postMessage(message: OpenFileAnswer): void }

export const isParentPort = (value: unknown): value is ParentPortLike =>
  typeof value === 'object' &&
  value !== null &&
  typeof Reflect.get(value, 'on') === 'function' &&
  typeof Reflect.get(value, 'postMessage') === 'function'
