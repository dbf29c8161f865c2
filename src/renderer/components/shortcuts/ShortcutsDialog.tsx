import { Fragment } from 'react'
import { SHORTCUTS } from '../../logic/shortcut-keys'
import { PanelDialog } from '../PanelDialog'

/**
 * Every keyboard shortcut of the dossier view, in a modal dialog: Escape or Close shut it and
 * focus goes back to where it was.
 */
export const ShortcutsDialog = ({ onClose }: { readonly onClose: () => void }) => {
  return (
    <PanelDialog title="Keyboard shortcuts" className="shortcuts-dialog" onClose={onClose}>
      <p className="shortcuts-note">
        In the dossier view, when you are not typing in a field. Ctrl, ⌘ and Alt keep their usual
        meaning, but for Undo and Redo (in a field they undo your typing there).
      </p>
      <dl className="shortcut-list">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.keys.join(' ')} className="shortcut">
            <dt>
              {shortcut.keys.map((key, at) => (
                <Fragment key={key}>
                  {at > 0 && '+'}
                  <kbd>{key}</kbd>
                </Fragment>
              ))}
            </dt>
            <dd>{shortcut.does}</dd>
          </div>
        ))}
      </dl>
    </PanelDialog>
  )
}
