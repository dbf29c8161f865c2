import { useEffect, useId, useRef, useState, type ReactNode } from 'react'

/**
 * A button that opens a modal panel (Versions, Export): focus stays inside while it is open,
 * Escape or Close shut it, and the button gets focus back.
 */
export const PanelButton = ({
  label,
  title,
  className,
  openRequest = 0,
  children,
}: {
  /** The button's words ("Versions…"). */
  readonly label: string
  /** The panel's heading. */
  readonly title: string
  readonly className: string
  /** Opens the panel, as a click would, each time it changes (the desktop app's menus). */
  readonly openRequest?: number
  readonly children: ReactNode
}) => {
  // Each opening is numbered and its dialog keyed by it. A dialog's close event comes a task
  // after it closes, so a menu command in between (Escape, then File ▸ Export at once) must
  // open a new dialog that the old one's late close cannot shut.
  const [opened, setOpened] = useState(0)
  const [closed, setClosed] = useState(0)
  const [seenRequest, setSeenRequest] = useState(openRequest)
  if (openRequest !== seenRequest) {
    setSeenRequest(openRequest)
    setOpened(opened + 1)
  }
  const open = opened !== closed
  const button = useFocusReturn(open)
  return (
    <>
      <button
        ref={button}
        type="button"
        className="secondary share-button"
        aria-haspopup="dialog"
        onClick={() => setOpened((count) => count + 1)}
      >
        {label}
      </button>
      {open && (
        <PanelDialog
          key={opened}
          title={title}
          className={className}
          onClose={() => setClosed(opened)}
        >
          {children}
        </PanelDialog>
      )}
    </>
  )
}

/** The button that opened a dialog gets focus back when it closes (attach the ref to it). */
export const useFocusReturn = (open: boolean) => {
  const button = useRef<HTMLButtonElement>(null)
  const wasOpen = useRef(false)
  useEffect(() => {
    if (wasOpen.current && !open) button.current?.focus()
    wasOpen.current = open
  }, [open])
  return button
}

/**
 * A modal panel with a heading and Close: Escape or Close shut it, and focus goes back to what
 * had it before (the Versions and Export panels, Help ▸ About, the shortcuts list).
 */
export const PanelDialog = ({
  title,
  className,
  onClose,
  children,
}: {
  readonly title: string
  readonly className: string
  readonly onClose: () => void
  readonly children: ReactNode
}) => {
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
      className={`share-panel ${className}`}
      aria-labelledby={headingId}
      onClose={onClose}
    >
      <header className="share-panel-header">
        <h2 id={headingId}>{title}</h2>
        <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </header>
      {children}
    </dialog>
  )
}
