interface Props {
  readonly text: string
  readonly onDismiss: () => void
}

/**
 * Something the desktop app could not do for the editor (a folder that would not open, a file
 * the system handed over that was refused), said over the page until dismissed.
 */
export const AppNotice = ({ text, onDismiss }: Props) => (
  <div className="app-notice" role="alert">
    <p>{text}</p>
    <button type="button" className="secondary" onClick={onDismiss}>
      Dismiss
    </button>
  </div>
)
