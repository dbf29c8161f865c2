import type { Decision } from '../../shared/dossier'
import { useAuthorName } from '../state/use-author-name'
import { formatTime } from '../logic/format'
import { StatusBadge } from './StatusBadge'

const Head = ({ decision }: { readonly decision: Decision }) => {
  const author = useAuthorName(decision.author)
  return (
    <li>
      <StatusBadge label={decision.status} /> by <strong>{author}</strong>,{' '}
      <time dateTime={decision.at}>{formatTime(decision.at)}</time>
      {decision.rationale !== '' && <q className="rationale">{decision.rationale}</q>}
    </li>
  )
}

/** Names each decision that disagrees, so the editor resolving it sees both sides. */
export const ConflictNotice = ({ heads }: { readonly heads: readonly Decision[] }) => (
  <div className="conflict-notice" role="note" aria-label="Conflicting decisions">
    <p>
      <strong>Conflict:</strong> editors decided differently without seeing each other’s decision.
      The claim stays in conflict until someone records a decision that resolves all of these:
    </p>
    <ul>
      {heads.map((decision) => (
        <Head key={decision.id} decision={decision} />
      ))}
    </ul>
  </div>
)
