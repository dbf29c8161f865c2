import { useId } from 'react'
import type { ClaimView, Comment, RemovableEntry, TimelineItem } from '../../shared/dossier'
import { linkPhrase } from '../../shared/vocabulary'
import { claimEditPhrase } from '../logic/claim-edit-words'
import { claimNumber, formatTime } from '../logic/format'
import { useDossierStore } from '../state/hooks'
import { useAuthorName } from '../state/use-author-name'
import { SignatureBadge } from './SignatureBadge'
import { StatusBadge } from './StatusBadge'

const authorOf = (item: TimelineItem): string => {
  switch (item.kind) {
    case 'created':
      return item.claim.createdBy
    case 'decision':
      return item.decision.author
    case 'evidence':
      return item.evidence.addedBy
    case 'comment':
      return item.comment.author
    case 'link':
      return item.link.author
    case 'removal':
    case 'edit':
      return item.by
  }
}

const entryIdOf = (entry: RemovableEntry): string => {
  switch (entry.kind) {
    case 'link':
      return entry.link.id
    case 'evidence':
      return entry.evidence.id
    case 'comment':
      return entry.comment.id
  }
}

const keyOf = (item: TimelineItem): string => {
  switch (item.kind) {
    case 'created':
      return `created-${item.claim.id}`
    case 'decision':
      return item.decision.id
    case 'evidence':
      return item.evidence.id
    case 'comment':
      return item.comment.id
    case 'link':
      return item.link.id
    case 'removal':
      return `removal-${entryIdOf(item.entry)}`
    case 'edit':
      return `edit-${item.edit.field}`
  }
}

const ParentAuthor = ({ author }: { readonly author: string }) => <>{useAuthorName(author)}</>

/** "commented", or for a reply "replied to Bob Okafor" (removed comments keep their author). */
const CommentWhat = ({
  comment,
  claimId,
}: {
  readonly comment: Comment
  readonly claimId: string
}) => {
  const store = useDossierStore()
  if (comment.replyTo === undefined) return <>commented</>
  const parent = store.dossier
    .comments(claimId, { includeRemoved: true })
    .find((other) => other.id === comment.replyTo)
  return parent === undefined ? (
    <>replied to a comment not yet here</>
  ) : (
    <>
      replied to <ParentAuthor author={parent.author} />
    </>
  )
}

const What = ({ item, claimId }: { readonly item: TimelineItem; readonly claimId: string }) => {
  const store = useDossierStore()
  switch (item.kind) {
    case 'created':
      return <>recorded the claim</>
    case 'decision': {
      const { decision } = item
      // Removed evidence stays cited: the decision's signed record names it.
      const cited = decision.evidenceIds.flatMap((id) => {
        const title = store.dossier.evidenceById(id)?.title
        if (title === undefined) return []
        return store.dossier.removal('evidence', id)?.removed === true
          ? `${title} (removed)`
          : title
      })
      return (
        <>
          decided <StatusBadge label={decision.status} />{' '}
          <SignatureBadge verification={item.verification} />
          {decision.rationale !== '' && <q className="rationale">{decision.rationale}</q>}
          {cited.length > 0 && <span className="cited">Citing: {cited.join('; ')}</span>}
          {decision.supersedes.length > 1 && (
            <span className="cited">Resolved {decision.supersedes.length} earlier decisions.</span>
          )}
        </>
      )
    }
    case 'evidence':
      return (
        <>
          added evidence ({item.evidence.stance}): {item.evidence.title}
        </>
      )
    case 'comment':
      return <CommentWhat comment={item.comment} claimId={claimId} />
    case 'edit':
      return <>{claimEditPhrase(item.edit)}</>
    case 'link': {
      const { link } = item
      const direction = link.from === claimId ? 'out' : 'in'
      const other = store.dossier.claim(direction === 'out' ? link.to : link.from)
      return (
        <>
          linked this claim: {linkPhrase(link.type, direction)}{' '}
          {other === undefined ? 'a claim not received yet' : claimNumber(other.index)}
        </>
      )
    }
    case 'removal': {
      const verb = item.removed ? 'removed' : 'put back'
      const { entry } = item
      switch (entry.kind) {
        case 'evidence':
          return (
            <>
              {verb} evidence: {entry.evidence.title}
            </>
          )
        case 'comment':
          return <>{verb} a comment</>
        case 'link': {
          const direction = entry.link.from === claimId ? 'out' : 'in'
          const other = store.dossier.claim(direction === 'out' ? entry.link.to : entry.link.from)
          return (
            <>
              {verb} the link: {linkPhrase(entry.link.type, direction)}{' '}
              {other === undefined ? 'a claim not received yet' : claimNumber(other.index)}
            </>
          )
        }
      }
    }
  }
}

const Entry = ({ item, claimId }: { readonly item: TimelineItem; readonly claimId: string }) => {
  const author = useAuthorName(authorOf(item))
  return (
    <li className={`timeline-item timeline-${item.kind}`}>
      <time dateTime={item.at}>{formatTime(item.at)}</time>
      <p>
        <strong>{author}</strong> <What item={item} claimId={claimId} />
      </p>
    </li>
  )
}

/**
 * The claim's whole history, oldest first, each decision with its signature checked. A claim
 * field keeps only its last edit (last writer wins), so that is the edit shown for it.
 */
export const Timeline = ({ claim }: { readonly claim: ClaimView }) => {
  const store = useDossierStore()
  const headingId = useId()
  const items = store.dossier.timeline(claim.id)
  return (
    <section className="detail-section" aria-labelledby={headingId}>
      <h3 id={headingId}>History</h3>
      <ol className="timeline">
        {items.map((item) => (
          <Entry key={keyOf(item)} item={item} claimId={claim.id} />
        ))}
      </ol>
      {items.some((item) => item.kind === 'edit') && (
        <p className="muted timeline-note">
          Each edited field shows its latest edit only: earlier versions are not kept.
        </p>
      )}
    </section>
  )
}
