import { useId } from 'react'
import type { ClaimView, TimelineItem } from '../../shared/dossier'
import { linkPhrase } from '../../shared/vocabulary'
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
  }
}

const What = ({ item, claimId }: { readonly item: TimelineItem; readonly claimId: string }) => {
  const store = useDossierStore()
  switch (item.kind) {
    case 'created':
      return <>recorded the claim</>
    case 'decision': {
      const { decision } = item
      const cited = decision.evidenceIds
        .map((id) => store.dossier.evidenceById(id)?.title)
        .filter((title) => title !== undefined)
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
      return <>commented</>
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

/** The claim's whole history, oldest first, each decision with its signature checked. */
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
    </section>
  )
}
