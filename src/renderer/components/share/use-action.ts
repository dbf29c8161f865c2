import { useCallback, useState } from 'react'
import { describeError } from '../../storage/storage-error'

export interface ActionState {
  readonly busy: boolean
  /** The host's words for the last failure of this action, shown beside it. */
  readonly error: string | null
  /** Runs `action` unless one is under way; true when it succeeded. */
  readonly run: (action: () => Promise<unknown>) => Promise<boolean>
  readonly clearError: () => void
}

/** One button's call to the host: busy while it runs, its own error when it fails. */
export const useAction = (): ActionState => {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const run = useCallback(
    async (action: () => Promise<unknown>) => {
      if (busy) return false
      setBusy(true)
      setError(null)
      try {
        await action()
        return true
      } catch (failure) {
        setError(describeError(failure))
        return false
      } finally {
        setBusy(false)
      }
    },
    [busy],
  )
  return { busy, error, run, clearError: useCallback(() => setError(null), []) }
}
