import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { useDossierStore } from '../state/hooks'
import { useEditor } from '../state/identity-context'
import { describeError } from '../storage/storage-error'
import { FormError } from './FormError'

/** The comment a reply answers, and what to call its author. */
export interface ReplyTarget {
  readonly id: string
  readonly authorName: string
}

interface Props {
  readonly claimId: string
  /** A reply: the form opens with the cursor in it and can be cancelled. Absent: a new comment. */
  readonly replyTo?: ReplyTarget
  /** The text typed so far, kept by the section so that nothing typed is lost on a re-render. */
  readonly text: string
  readonly onText: (text: string) => void
  /** Called once the comment is written (the text is emptied first). */
  readonly onPosted?: () => void
  /** Closes a reply form without writing anything (Cancel, or Escape in the field). */
  readonly onCancel?: () => void
}

/** Adds a comment to the claim's discussion, or a reply to one of its comments. */
export const CommentForm = ({ claimId, replyTo, text, onText, onPosted, onCancel }: Props) => {
  const store = useDossierStore()
  const editor = useEditor()
  const [error, setError] = useState<string | null>(null)
  const ids = { input: useId(), error: useId() }
  const field = useRef<HTMLTextAreaElement>(null)
  const isReply = replyTo !== undefined

  useEffect(() => {
    if (isReply) field.current?.focus()
  }, [isReply])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    try {
      // The dossier decides what a valid comment is; its message is shown as it is.
      store.dossier.addComment(claimId, text, editor.signer, replyTo?.id)
      onText('')
      setError(null)
      onPosted?.()
    } catch (failure) {
      setError(describeError(failure))
    }
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Escape' || onCancel === undefined) return
    event.preventDefault()
    onCancel()
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      className={isReply ? 'comment-form reply-form' : 'comment-form'}
    >
      <label htmlFor={ids.input}>
        {isReply ? `Your reply to ${replyTo.authorName}` : 'Add a comment'}
      </label>
      <textarea
        id={ids.input}
        ref={field}
        value={text}
        rows={2}
        onChange={(event) => onText(event.target.value)}
        onKeyDown={onKeyDown}
        aria-invalid={error !== null}
        aria-describedby={error === null ? undefined : ids.error}
      />
      <FormError id={ids.error} message={error} />
      <div className="actions">
        <button type="submit">{isReply ? 'Post reply' : 'Add comment'}</button>
        {onCancel !== undefined && (
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  )
}
