import type { DeskApi } from '../../shared/ipc/desk-api'
import { readHostStatus } from '../../shared/ipc/host-status'
import type { HostStatus } from '../../shared/ipc/host-status'

/** The desktop host's latest state as main told this window, for React to read. */
export interface HostStatusFeed {
  /** Null until main says anything (the host is taken to be running). */
  readonly current: () => HostStatus | null
  readonly subscribe: (listener: () => void) => () => void
}

/**
 * Listens to main's host-status messages from the moment it is made (a page that subscribed
 * only once React rendered could miss the one main sends it as it loads). What does not read as
 * a status is ignored. In a browser there is no `desk`, and nothing is ever said.
 */
export const hostStatusFeed = (desk: Pick<DeskApi, 'onHostStatus'> | null): HostStatusFeed => {
  let latest: HostStatus | null = null
  const listeners = new Set<() => void>()
  desk?.onHostStatus((value) => {
    const status = readHostStatus(value)
    if (status === null) return
    latest = status
    for (const listener of [...listeners]) listener()
  })
  return {
    current: () => latest,
    subscribe: (listener) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
}
