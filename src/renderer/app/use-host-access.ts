import { useEffect, useState } from 'react'
import { useSharingRpc } from '../state/sharing-rpc'

export interface HostAccess {
  readonly memberKey: string | null
  readonly readOnly: boolean
}

const UNKNOWN: HostAccess = { memberKey: null, readOnly: false }

/** Between asks while the host does not answer (the library link may not be up yet). */
const RETRY_MS = [500, 1000, 2000, 4000, 8000]

/**
 * What the host says about this device and the dossier (`open`): its LAN device key and whether
 * the link itself is read-only. Asked again until the host answers (a page opened as its host
 * starts, or a link that drops, must not leave a viewer with edit forms). Until then nothing is
 * withheld: every other host drops what a viewer sends anyway.
 */
export const useHostAccess = (dossierId: string): HostAccess => {
  const rpc = useSharingRpc()
  const [access, setAccess] = useState<HostAccess>(UNKNOWN)
  useEffect(() => {
    if (rpc === null) return
    let cancelled = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const ask = (attempt: number): void => {
      rpc.call('open', { id: dossierId }).then(
        ({ memberKey, readOnly }) => !cancelled && setAccess({ memberKey, readOnly }),
        () => {
          if (cancelled) return
          const delay = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)]
          timer = setTimeout(() => ask(attempt + 1), delay)
        },
      )
    }
    ask(0)
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [rpc, dossierId])
  return access
}
