import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { FormError } from '../FormError'
import { useAction } from './use-action'

interface Props {
  /** The button that asks first, e.g. "Remove…". */
  readonly trigger: string
  /** Its accessible name when the visible text alone is ambiguous in a list. */
  readonly triggerLabel?: string
  /** What will happen, in words, asked before it does. */
  readonly question: ReactNode
  /** The button that does it, e.g. "Remove Ben Tester". */
  readonly confirm: string
  readonly onConfirm: () => Promise<unknown>
  readonly className?: string
}

/**
 * A button for something that cannot be undone: it asks in place, then does it. Escape or
 * Cancel steps back to the button (without closing the panel around it).
 */
export const ConfirmAction = ({
  trigger,
  triggerLabel,
  question,
  confirm,
  onConfirm,
  className,
}: Props) => {
  const [asking, setAsking] = useState(false)
  const action = useAction()
  const questionId = useId()
  const errorId = useId()
  const triggerButton = useRef<HTMLButtonElement>(null)
  const cancelButton = useRef<HTMLButtonElement>(null)
  const wasAsking = useRef(false)

  useEffect(() => {
    if (asking) cancelButton.current?.focus()
    else if (wasAsking.current) triggerButton.current?.focus()
    wasAsking.current = asking
  }, [asking])

  const stepBack = () => {
    setAsking(false)
    action.clearError()
  }

  if (!asking) {
    return (
      <button
        ref={triggerButton}
        type="button"
        className={`secondary ${className ?? ''}`}
        aria-label={triggerLabel}
        onClick={() => setAsking(true)}
      >
        {trigger}
      </button>
    )
  }
  return (
    <div
      className="confirm-action"
      role="group"
      aria-labelledby={questionId}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        // Only this question is dismissed, not the dialog it sits in.
        event.preventDefault()
        event.stopPropagation()
        stepBack()
      }}
    >
      <p id={questionId}>{question}</p>
      <div className="confirm-buttons">
        <button
          type="button"
          className="danger"
          disabled={action.busy}
          aria-describedby={action.error === null ? undefined : errorId}
          onClick={() => void action.run(onConfirm).then((done) => done && setAsking(false))}
        >
          {action.busy ? 'Working…' : confirm}
        </button>
        <button ref={cancelButton} type="button" className="secondary" onClick={stepBack}>
          Cancel
        </button>
      </div>
      <FormError id={errorId} message={action.error} />
    </div>
  )
}
