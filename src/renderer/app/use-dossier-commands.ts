import { useAppCommand } from './app-command-bus'
import { focusSearch } from './use-desk-shortcuts'
import { useUndoHistory } from './use-undo-history'

/**
 * The desktop app's Edit ▸ Find Claims, Undo and Redo in the dossier view: the same search and
 * the same undo history as `/` and Ctrl+Z (use-app-commands.ts has already sent Undo in a text
 * field to the field). Mounted with the dossier view.
 */
export const useDossierCommands = (): void => {
  const { enabled, undo, redo } = useUndoHistory()
  useAppCommand('find', () => void focusSearch())
  useAppCommand('undo', enabled ? undo : null)
  useAppCommand('redo', enabled ? redo : null)
}
