import { Fragment, useEffect, useId, useRef } from 'react'
import { SHORTCUTS } from '../../logic/shortcut-keys'

/**
 * Every keyboard shortcut of the dossier view, in a modal dialog: Escape or Close shut it and
 * focus goes back to where it was.
 */
export const ShortcutsDialog = ({ onClose }: { readonly onClose: () => void }) => {
  const dialog = useRef<HTMLDialogElement>(null)
  const headingId = useId()
  useEffect(() => {
    const element = dialog.current
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (element !== null && !element.open) element.showModal()
    return () => {
      if (before !== null && before.isConnected) before.focus()
    }
  }, [])
  return (
    <dialog
      ref={dialog}
      className="share-panel shortcuts-dialog"
      aria-labelledby={headingId}
      onClose={onClose}
    >
      <header className="share-panel-header">
        <h2 id={headingId}>Keyboard shortcuts</h2>
        <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </header>
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
    </dialog>
  )
}
