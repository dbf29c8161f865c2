import { useId, useState } from 'react'
import type { Decision, Evidence } from '../../../shared/dossier'
import { shortKey } from '../../../shared/identity'
import { STATUS_WORDS, safeWebUrl } from '../../../shared/vocabulary'
import { formatTime } from '../../logic/format'
import { keepDecisionInput } from '../../logic/keep-decision'
import { useDossierStore } from '../../state/hooks'
import { useEditor } from '../../state/identity-context'
import { useAuthorName } from '../../state/use-author-name'
import { describeError } from '../../storage/storage-error'
import { FormError } from '../FormError'
import { SignatureBadge } from '../SignatureBadge'
import { StatusBadge } from '../StatusBadge'

interface CitedProps {
  readonly evidence: Evidence
  /** Removed from the claim since: still shown, as the decision's signed record cites it. */
  readonly removed: boolean
}

const CitedEvidence = ({ evidence, removed }: CitedProps) => {
  const href = safeWebUrl(evidence.url)
  return (
    <li className={removed ? 'cited-removed' : undefined}>
      <span className={`stance stance-${evidence.stance}`}>{evidence.stance}</span>{' '}
      {href === null ? (
        <span className="evidence-title">{evidence.title}</span>
      ) : (
        <a className="evidence-title" href={href} target="_blank" rel="noopener noreferrer">
          {evidence.title}
        </a>
      )}
      {removed && <span className="muted"> (removed)</span>}
    </li>
  )
}

interface KeepProps {
  readonly decision: Decision
  readonly author: string
  readonly claimEvidenceIds: ReadonlySet<string>
}

/** Records the kept decision, signed by this editor; it supersedes every side of the conflict. */
const KeepButton = ({ decision, author, claimEvidenceIds }: KeepProps) => {
  const store = useDossierStore()
  const editor = useEditor()
  const [error, setError] = useState<string | null>(null)
  const errorId = useId()
  const statusLabel = STATUS_WORDS[decision.status].label

  const keep = () => {
    try {
      store.dossier.decide(
        decision.claimId,
        keepDecisionInput(decision, author, claimEvidenceIds),
        editor.signer,
      )
      setError(null)
    } catch (failure) {
      setError(describeError(failure))
    }
  }

  return (
    <div className="conflict-card-actions">
      <button
        type="button"
        className="keep-decision"
        onClick={keep}
        aria-label={`Keep this one: record ${author}’s decision, ${statusLabel}, again as your own signed decision, resolving the conflict`}
        aria-describedby={error === null ? undefined : errorId}
      >
        Keep this one
      </button>
      <FormError id={errorId} message={error} />
    </div>
  )
}

interface Props {
  readonly decision: Decision
  /** Whether this editor may write: without it the card only shows the decision. */
  readonly canKeep: boolean
}

/**
 * One side of a conflict, to compare with the others: its status, author and key, time,
 * rationale, the evidence it cites and whether its signature holds; and _Keep this one_, which
 * records the same decision again, signed by this editor, superseding every side.
 */
export const ConflictCard = ({ decision, canKeep }: Props) => {
  const store = useDossierStore()
  const author = useAuthorName(decision.author)
  const named = store.dossier.authorName(decision.author) != null
  // The claim's evidence, removed items included (the decision's signed record cites them), is
  // where a cited id becomes a title and a link.
  const claimEvidence = store.dossier.evidence(decision.claimId, { includeRemoved: true })
  const cited = decision.evidenceIds
    .map((id) => claimEvidence.find((item) => item.id === id))
    .filter((item) => item !== undefined)
  const missing = decision.evidenceIds.length - cited.length
  const isRemoved = (id: string) => store.dossier.removal('evidence', id)?.removed === true

  return (
    <li className="conflict-card" data-decision={decision.id}>
      <div className="conflict-card-badges">
        <StatusBadge label={decision.status} />
        <SignatureBadge verification={store.dossier.verification(decision)} />
      </div>
      <p className="conflict-card-author">
        by <strong>{author}</strong>
        {named && (
          <>
            {' '}
            <span className="mono key-fingerprint" title={`Device key ${decision.author}`}>
              {shortKey(decision.author)}
            </span>
          </>
        )}
        <br />
        <time dateTime={decision.at}>{formatTime(decision.at)}</time>
      </p>
      {decision.rationale === '' ? (
        <p className="muted">No rationale given.</p>
      ) : (
        <blockquote className="conflict-card-rationale">{decision.rationale}</blockquote>
      )}
      {decision.evidenceIds.length === 0 ? (
        <p className="muted conflict-card-evidence">Cites no evidence.</p>
      ) : (
        <div className="conflict-card-evidence">
          <p className="conflict-card-evidence-heading">Cites:</p>
          <ul>
            {cited.map((item) => (
              <CitedEvidence key={item.id} evidence={item} removed={isRemoved(item.id)} />
            ))}
            {missing > 0 && (
              <li className="muted">
                {missing === 1 ? 'an item' : `${missing} items`} not received yet
              </li>
            )}
          </ul>
        </div>
      )}
      {canKeep && (
        <KeepButton
          decision={decision}
          author={author}
          claimEvidenceIds={
            new Set(claimEvidence.filter((item) => !isRemoved(item.id)).map((item) => item.id))
          }
        />
      )}
    </li>
  )
}
