import { useEffect, useState } from 'react'
import { HostConnection } from '../sync/host-connection'
import type { HostAccess } from './host-mode'

/** One HostConnection while the hosted app is on screen. */
export const useHostConnection = (host: HostAccess): HostConnection | null => {
  const [connection, setConnection] = useState<HostConnection | null>(null)
  useEffect(() => {
    let cancelled = false
    const opened = new HostConnection({ dialer: host.dialer, scope: host.scope })
    // Handed to React from a callback, like any other event from outside.
    void Promise.resolve().then(() => {
      if (!cancelled) setConnection(opened)
    })
    return () => {
      cancelled = true
      opened.close()
      setConnection(null)
    }
  }, [host])
  return connection
}
