import { useId, useRef } from 'react'
import type { ClaimView, Evidence } from '../../shared/dossier'
import { safeWebUrl } from '../../shared/vocabulary'
import { formatTime } from '../logic/format'
import { useDossierStore } from '../state/hooks'
import { useReadOnly } from '../state/read-only'
import { useAuthorName } from '../state/use-author-name'
import { AddEvidenceForm } from './claim/AddEvidenceForm'
import { RemoveEntryButton } from './RemoveEntryButton'

interface ItemProps {
  readonly evidence: Evidence
  /** Where focus goes after removing it; null: no Remove button (read-only). */
  readonly focusAfterRemove: (() => void) | null
}

const EvidenceItem = ({ evidence, focusAfterRemove }: ItemProps) => {
  const addedBy = useAuthorName(evidence.addedBy)
  const href = safeWebUrl(evidence.url)
  return (
    <li className="evidence">
      <span className={`stance stance-${evidence.stance}`}>{evidence.stance}</span>{' '}
      {href === null ? (
        <span className="evidence-title">{evidence.title}</span>
      ) : (
        <a className="evidence-title" href={href} target="_blank" rel="noopener noreferrer">
          {evidence.title}
        </a>
      )}
      {focusAfterRemove !== null && (
        <RemoveEntryButton
          kind="evidence"
          id={evidence.id}
          label={`Remove evidence “${evidence.title}”`}
          focusAfter={focusAfterRemove}
        />
      )}
      {evidence.url !== undefined && href === null && (
        <span className="muted"> (link not shown: {evidence.url.slice(0, 80)})</span>
      )}
      {evidence.note !== '' && <p className="evidence-note">{evidence.note}</p>}
      <p className="meta-line">
        Added by {addedBy}, <time dateTime={evidence.addedAt}>{formatTime(evidence.addedAt)}</time>
        {evidence.capturedAt !== undefined && (
          <>
            {' '}
            · captured <time dateTime={evidence.capturedAt}>{formatTime(evidence.capturedAt)}</time>
          </>
        )}
        {evidence.fileHash !== undefined && (
          <>
            {' '}
            · file{' '}
            <span className="mono" title={evidence.fileHash}>
              {evidence.fileHash.slice(0, 19)}…
            </span>
          </>
        )}
      </p>
    </li>
  )
}

export const EvidenceList = ({ claim }: { readonly claim: ClaimView }) => {
  const store = useDossierStore()
  const headingId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  const readOnly = useReadOnly() !== null
  // The claim view changes whenever its evidence does, so reading here stays current.
  const evidence = store.dossier.evidence(claim.id)
  return (
    <section className="detail-section" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        Evidence ({evidence.length})
      </h3>
      {evidence.length === 0 ? (
        <p className="muted">No evidence yet.</p>
      ) : (
        <ul className="evidence-list">
          {evidence.map((item) => (
            <EvidenceItem
              key={item.id}
              evidence={item}
              focusAfterRemove={readOnly ? null : () => heading.current?.focus()}
            />
          ))}
        </ul>
      )}
      {!readOnly && <AddEvidenceForm key={claim.id} claim={claim} />}
    </section>
  )
}
