import { useEffect, useId, useRef } from 'react'

interface Props {
  /** The app's version (`desk.version`); null when the page does not know it. */
  readonly version: string | null
  readonly onClose: () => void
}

/**
 * Help ▸ About: the app's name and version, in a modal dialog. Escape or Close shut it and focus
 * goes back where it was.
 */
export const AboutDialog = ({ version, onClose }: Props) => {
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
      className="share-panel about-dialog"
      aria-labelledby={headingId}
      onClose={onClose}
    >
      <header className="share-panel-header">
        <h2 id={headingId}>About Verification Desk</h2>
        <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </header>
      <p className="about-version">{version === null ? 'Version unknown' : `Version ${version}`}</p>
      <p>
        Co-author verification dossiers: a story’s source text, its claims, who made them and what
        the desk has established.
      </p>
      <p className="muted">
        Copyright © 2026 the Verification Desk authors. Built on open-source software (Electron,
        React, Yjs and others), each under its own licence.
      </p>
    </dialog>
  )
}
