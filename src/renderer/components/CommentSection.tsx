import { useId, useRef, useState } from 'react'
import type { ClaimView } from '../../shared/dossier'
import { commentThreads, type CommentThread, type ReplyContext } from '../logic/comment-threads'
import { formatTime } from '../logic/format'
import { useDossierStore, useMeta } from '../state/hooks'
import { useAuthorName } from '../state/use-author-name'
import { CommentForm, type ReplyTarget } from './CommentForm'
import { RemoveEntryButton } from './RemoveEntryButton'

interface Reply {
  readonly to: ReplyTarget
  readonly text: string
}

/** What an editor can do to a comment; absent when read-only. */
interface CommentActions {
  /** The reply being written, if any: to which comment, and its text so far. */
  readonly reply: Reply | null
  readonly startReply: (target: ReplyTarget) => void
  readonly setReplyText: (text: string) => void
  /** Closes the reply form (posted or cancelled). */
  readonly closeReply: () => void
  /** Where focus goes after removing a comment. */
  readonly focusAfterRemove: () => void
}

const NestedNote = ({ author }: { readonly author: string }) => (
  <>in reply to {useAuthorName(author)}</>
)

/** Says what a reply answers; nothing for a comment that is not one. */
const ReplyNote = ({ context }: { readonly context: ReplyContext }) => {
  if (context.kind === 'none') return null
  return (
    <p className="reply-note">
      {context.kind === 'nested' ? (
        <NestedNote author={context.author} />
      ) : context.kind === 'removed' ? (
        'in reply to a removed comment'
      ) : (
        'in reply to a comment not yet here'
      )}
    </p>
  )
}

interface ReplyFormProps {
  readonly claimId: string
  readonly reply: Reply
  readonly actions: CommentActions
  /** Puts focus back once the form is gone. */
  readonly onClosed: () => void
}

const ReplyForm = ({ claimId, reply, actions, onClosed }: ReplyFormProps) => {
  const close = () => {
    actions.closeReply()
    onClosed()
  }
  return (
    <CommentForm
      claimId={claimId}
      replyTo={reply.to}
      text={reply.text}
      onText={actions.setReplyText}
      onPosted={close}
      onCancel={close}
    />
  )
}

interface ItemProps {
  readonly thread: CommentThread
  readonly actions: CommentActions | null
}

const CommentItem = ({ thread, actions }: ItemProps) => {
  const { comment, replyTo, replies } = thread
  const author = useAuthorName(comment.author)
  const meta = useMeta()
  const replyButton = useRef<HTMLButtonElement>(null)
  const when = formatTime(comment.at)
  const replying = actions !== null && actions.reply?.to.id === comment.id
  return (
    <li className={replyTo.kind === 'nested' ? 'comment comment-reply' : 'comment'}>
      <p className="meta-line">
        <strong>{author}</strong>, <time dateTime={comment.at}>{formatTime(comment.at)}</time>
        {actions !== null && (
          <span className="comment-actions">
            <button
              type="button"
              ref={replyButton}
              className="secondary reply-button"
              aria-label={`Reply to the comment by ${author}, ${when}`}
              title={`Reply to the comment by ${author}, ${when}`}
              aria-expanded={replying}
              onClick={() => actions.startReply({ id: comment.id, authorName: author })}
            >
              Reply
            </button>
            <RemoveEntryButton
              kind="comment"
              id={comment.id}
              label={`Remove comment by ${author}, ${when}`}
              focusAfter={actions.focusAfterRemove}
            />
          </span>
        )}
      </p>
      <ReplyNote context={replyTo} />
      <p className="comment-text" dir="auto" lang={meta.language}>
        {comment.text}
      </p>
      {replying && actions.reply !== null && (
        <ReplyForm
          claimId={comment.claimId}
          reply={actions.reply}
          actions={actions}
          onClosed={() => replyButton.current?.focus()}
        />
      )}
      {replies.length > 0 && (
        <ul className="comments comment-replies" aria-label={`Replies to ${author}`}>
          {replies.map((reply) => (
            <CommentItem key={reply.comment.id} thread={reply} actions={actions} />
          ))}
        </ul>
      )}
    </li>
  )
}

/** The desk's discussion of the claim, replies under what they answer, and a form to add to it. */
export const CommentSection = ({
  claim,
  readOnly,
}: {
  readonly claim: ClaimView
  /** Shows the discussion without the forms to add to it. */
  readonly readOnly: boolean
}) => {
  const store = useDossierStore()
  const [text, setText] = useState('')
  const [reply, setReply] = useState<Reply | null>(null)
  const headingId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  const comments = store.dossier.comments(claim.id)
  const threads = commentThreads(
    comments,
    store.dossier.comments(claim.id, { includeRemoved: true }),
  )
  const focusHeading = () => heading.current?.focus()

  const editing: CommentActions = {
    reply,
    startReply: (to) => setReply(reply?.to.id === to.id ? reply : { to, text: '' }),
    setReplyText: (value) => setReply((open) => (open === null ? null : { ...open, text: value })),
    closeReply: () => setReply(null),
    focusAfterRemove: focusHeading,
  }
  // Its comment was removed while the reply was being written: the draft stays, below the list.
  const orphanedReply =
    readOnly || reply === null || comments.some((comment) => comment.id === reply.to.id)
      ? null
      : reply

  return (
    <section className="detail-section" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        Comments ({comments.length})
      </h3>
      {threads.length > 0 && (
        <ul className="comments">
          {threads.map((thread) => (
            <CommentItem
              key={thread.comment.id}
              thread={thread}
              actions={readOnly ? null : editing}
            />
          ))}
        </ul>
      )}
      {orphanedReply !== null && (
        <ReplyForm
          claimId={claim.id}
          reply={orphanedReply}
          actions={editing}
          onClosed={focusHeading}
        />
      )}
      {!readOnly && <CommentForm claimId={claim.id} text={text} onText={setText} />}
    </section>
  )
}
