import { useCallback, useMemo, useSyncExternalStore } from 'react'
import type { UndoState } from '../../shared/dossier'
import { useDossierStore } from '../state/hooks'
import { useEditor } from '../state/identity-context'
import { useReadOnly } from '../state/read-only'

export interface UndoControls {
  /** What Undo and Redo would do, and what the last one did. */
  readonly state: UndoState
  /** False for a viewer or a frozen version: nothing of theirs to undo, nothing to write. */
  readonly enabled: boolean
  readonly undo: () => void
  readonly redo: () => void
}

/**
 * The open dossier's undo history (src/shared/dossier/undo-history.ts): one per opened dossier,
 * made by the first component that asks (the header's buttons, the shortcuts), and tracking this
 * editor's own changes from then on. Undo and redo sign with the editor's current key.
 */
export const useUndoHistory = (): UndoControls => {
  const store = useDossierStore()
  const { signer } = useEditor()
  const enabled = useReadOnly() === null
  const history = store.dossier.undoHistory()
  const subscribe = useCallback((listener: () => void) => history.subscribe(listener), [history])
  const state = useSyncExternalStore(subscribe, () => history.current())
  return useMemo(
    () => ({
      state,
      enabled,
      undo: () => {
        if (enabled) history.undo(signer)
      },
      redo: () => {
        if (enabled) history.redo(signer)
      },
    }),
    [state, enabled, history, signer],
  )
}
