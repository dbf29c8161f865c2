import { useCallback, useEffect, useState } from 'react'
import { DamagedDeviceKeyError } from '../storage/device-identity'
import { StorageUnavailableError, describeError } from '../storage/storage-error'
import { startDesk, stopDesk, type DeskSession, type StartMode } from './desk-session'

export type BootState =
  | { readonly kind: 'starting' }
  | { readonly kind: 'ready'; readonly session: DeskSession }
  | {
      readonly kind: 'failed'
      readonly message: string
      /** Storage failures still allow working on the sample in memory. */
      readonly canWorkInMemory: boolean
    }

export interface DeskBoot {
  readonly state: BootState
  readonly retry: () => void
  readonly workInMemory: () => void
}

/** Starts the desk once per mode, closes it on unmount, and turns failures into UI state. */
export const useDeskSession = (): DeskBoot => {
  const [mode, setMode] = useState<StartMode>('saved')
  const [attempt, setAttempt] = useState(0)
  const [state, setState] = useState<BootState>({ kind: 'starting' })

  useEffect(() => {
    let cancelled = false
    let started: DeskSession | null = null
    startDesk(mode).then(
      (session) => {
        if (cancelled) {
          void stopDesk(session)
          return
        }
        started = session
        setState({ kind: 'ready', session })
      },
      (error: unknown) => {
        if (cancelled) return
        setState({
          kind: 'failed',
          message: describeError(error),
          canWorkInMemory:
            error instanceof StorageUnavailableError || error instanceof DamagedDeviceKeyError,
        })
      },
    )
    return () => {
      cancelled = true
      if (started !== null) void stopDesk(started)
    }
  }, [mode, attempt])

  const retry = useCallback(() => {
    setState({ kind: 'starting' })
    setAttempt((n) => n + 1)
  }, [])
  const workInMemory = useCallback(() => {
    setState({ kind: 'starting' })
    setMode('memory')
  }, [])
  return { state, retry, workInMemory }
}
