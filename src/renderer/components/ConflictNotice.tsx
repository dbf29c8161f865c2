import type { Decision } from '../../shared/dossier'
import { useReadOnly } from '../state/read-only'
import { ConflictCard } from './conflict/ConflictCard'

/**
 * The decisions that disagree, side by side, so the editor resolving the conflict can compare
 * them and keep one (_Keep this one_) or record another with the decide form below.
 */
export const ConflictNotice = ({ heads }: { readonly heads: readonly Decision[] }) => {
  const canKeep = useReadOnly() === null
  return (
    <div className="conflict-notice" role="note" aria-label="Conflicting decisions">
      <p>
        <strong>Conflict:</strong> editors decided differently without seeing each other’s decision.
        The claim stays in conflict until someone records a decision that resolves all of these
        {canKeep ? ': keep one of them, or decide anew below.' : '.'}
      </p>
      <ul className="conflict-cards">
        {heads.map((decision) => (
          <ConflictCard key={decision.id} decision={decision} canKeep={canKeep} />
        ))}
      </ul>
    </div>
  )
}
