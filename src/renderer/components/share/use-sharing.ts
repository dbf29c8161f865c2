import { useCallback, useEffect, useRef, useState } from 'react'
import type { SharingWire } from '../../../shared/protocol'
import type { SharingRpc } from '../../state/sharing-rpc'
import { describeError } from '../../storage/storage-error'

/** Often enough that someone who just joined shows up while you look; cheap for the host. */
export const SHARING_REFRESH_MS = 3000

/** Runs an action whose answer carries the new sharing state, and shows that state. */
export type ApplySharing = <T extends { readonly sharing: SharingWire }>(
  action: Promise<T>,
) => Promise<T>

export interface SharingView {
  /** The host's last answer; null before the first. */
  readonly sharing: SharingWire | null
  /** Why the last refresh failed, when it did (the panel keeps showing the answer before). */
  readonly refreshError: string | null
  /** Viewers see who is in the session and change nothing; null until the host has said. */
  readonly readOnly: boolean | null
  readonly apply: ApplySharing
}

/**
 * A dossier's LAN session as the Share panel shows it: asked of the host when the panel opens,
 * every few seconds while it stays open, and taken from each action's answer. Answers can cross
 * (a slow refresh after a quick action): only the newest request's answer is shown.
 */
export const useSharing = (rpc: SharingRpc, dossierId: string): SharingView => {
  const [sharing, setSharing] = useState<SharingWire | null>(null)
  const [refreshError, setRefreshError] = useState<string | null>(null)
  const [readOnly, setReadOnly] = useState<boolean | null>(null)
  const issued = useRef(0)
  const shown = useRef(0)

  const show = useCallback((request: number, next: SharingWire) => {
    if (request < shown.current) return
    shown.current = request
    setSharing(next)
    setRefreshError(null)
  }, [])

  const refresh = useCallback(() => {
    const request = ++issued.current
    rpc.call('sharing', { id: dossierId }).then(
      (result) => show(request, result.sharing),
      (error: unknown) => setRefreshError(describeError(error)),
    )
  }, [rpc, dossierId, show])

  useEffect(() => {
    let cancelled = false
    rpc.call('open', { id: dossierId }).then(
      (result) => !cancelled && setReadOnly(result.readOnly),
      // Not knowing makes no one a viewer: the host refuses what a viewer may not do anyway.
      () => !cancelled && setReadOnly(false),
    )
    refresh()
    const timer = setInterval(refresh, SHARING_REFRESH_MS)
    return () => {
      cancelled = true
      clearInterval(timer)
    }
  }, [rpc, dossierId, refresh])

  const apply = useCallback(
    async <T extends { readonly sharing: SharingWire }>(action: Promise<T>): Promise<T> => {
      const request = ++issued.current
      const result = await action
      show(request, result.sharing)
      return result
    },
    [show],
  )

  return { sharing, refreshError, readOnly, apply }
}
