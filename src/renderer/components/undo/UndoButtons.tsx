import { useUndoHistory } from '../../app/use-undo-history'
import { ARIA_KEYS } from '../../logic/shortcut-keys'

/**
 * Undo and Redo of this editor's own changes to the dossier, in its header. Each button is
 * named by the step it would take ("Undo: confirmed #4") and is disabled when there is none; the
 * line under them says what the last one did, or why it could not.
 */
export const UndoButtons = () => {
  const { state, enabled, undo, redo } = useUndoHistory()
  if (!enabled) return null
  const undoName = state.undo === null ? 'Undo' : `Undo: ${state.undo}`
  const redoName = state.redo === null ? 'Redo' : `Redo: ${state.redo}`
  return (
    <div className="undo-tools">
      <div className="undo-buttons" role="group" aria-label="Undo and redo your changes">
        <button
          type="button"
          className="secondary"
          disabled={state.undo === null}
          aria-label={undoName}
          title={`${undoName} (Ctrl+Z)`}
          aria-keyshortcuts={ARIA_KEYS.undo}
          onClick={undo}
        >
          <span aria-hidden="true">↶ </span>Undo
        </button>
        <button
          type="button"
          className="secondary"
          disabled={state.redo === null}
          aria-label={redoName}
          title={`${redoName} (Ctrl+Shift+Z)`}
          aria-keyshortcuts={ARIA_KEYS.redo}
          onClick={redo}
        >
          Redo<span aria-hidden="true"> ↷</span>
        </button>
      </div>
      <p className="undo-message" role="status">
        {state.message ?? ''}
      </p>
    </div>
  )
}
