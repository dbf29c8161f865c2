import { useId, useState, type FormEvent } from 'react'
import type { ClaimView, Comment } from '../../shared/dossier'
import { formatTime } from '../logic/format'
import { useDossierStore, useMeta } from '../state/hooks'
import { useEditor } from '../state/identity-context'
import { useAuthorName } from '../state/use-author-name'
import { describeError } from '../storage/storage-error'
import { FormError } from './FormError'

const CommentItem = ({ comment }: { readonly comment: Comment }) => {
  const author = useAuthorName(comment.author)
  const meta = useMeta()
  return (
    <li className="comment">
      <p className="meta-line">
        <strong>{author}</strong>, <time dateTime={comment.at}>{formatTime(comment.at)}</time>
      </p>
      <p className="comment-text" dir="auto" lang={meta.language}>
        {comment.text}
      </p>
    </li>
  )
}

/** The desk's discussion of the claim, and a form to add to it. */
export const CommentSection = ({
  claim,
  readOnly,
}: {
  readonly claim: ClaimView
  /** Shows the discussion without the form to add to it. */
  readonly readOnly: boolean
}) => {
  const store = useDossierStore()
  const editor = useEditor()
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const ids = { heading: useId(), input: useId(), error: useId() }
  const comments = store.dossier.comments(claim.id)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    try {
      // The dossier decides what a valid comment is; its message is shown as it is.
      store.dossier.addComment(claim.id, text, editor.signer)
      setText('')
      setError(null)
    } catch (failure) {
      setError(describeError(failure))
    }
  }

  return (
    <section className="detail-section" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>Comments ({comments.length})</h3>
      {comments.length > 0 && (
        <ul className="comments">
          {comments.map((comment) => (
            <CommentItem key={comment.id} comment={comment} />
          ))}
        </ul>
      )}
      {!readOnly && (
        <form onSubmit={submit} noValidate>
          <label htmlFor={ids.input}>Add a comment</label>
          <textarea
            id={ids.input}
            value={text}
            rows={2}
            onChange={(event) => setText(event.target.value)}
            aria-invalid={error !== null}
            aria-describedby={error === null ? undefined : ids.error}
          />
          <FormError id={ids.error} message={error} />
          <div className="actions">
            <button type="submit">Add comment</button>
          </div>
        </form>
      )}
    </section>
  )
}
