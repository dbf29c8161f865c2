import type { FromHostMessage } from '../../../shared/ipc/utility-host-ipc'
import type { MessagePortLike } from '../sync'

/**
 * What the host uses of Electron's `process.parentPort`. Nothing here imports Electron, so tests
 * drive the host with an EventEmitter and plain Node MessagePorts.
 */
export interface ParentPortLike {
  on(
    event: 'message',
    listener: (message: { data: unknown; ports: readonly MessagePortLike[] }) => void,
  ): unknown
  postMessage(message: FromHostMessage): void
}

export const isParentPort = (value: unknown): value is ParentPortLike =>
  typeof value === 'object' &&
  value !== null &&
  typeof Reflect.get(value, 'on') === 'function' &&
  typeof Reflect.get(value, 'postMessage') === 'function'
