import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react'
import type { ClaimView } from '../../shared/dossier'
import { claimNumber } from '../logic/format'
import { useMeta } from '../state/hooks'
import { useLostQuotes } from '../state/lost-quotes'
import { ClaimDetailFlags } from './ClaimFlags'
import { ClaimEditForm } from './claim/ClaimEditForm'
import { ClaimFacts } from './ClaimFacts'
import { ClaimLinks } from './ClaimLinks'
import { useReadOnly } from '../state/read-only'
import { CommentSection } from './CommentSection'
import { ConflictNotice } from './ConflictNotice'
import { DecideForm } from './DecideForm'
import { EvidenceList } from './EvidenceList'
import { StatusBadge } from './StatusBadge'
import { Timeline } from './Timeline'

interface Props {
  readonly claim: ClaimView
  readonly onSelect: (id: string) => void
}

/** Everything about one claim, and the forms that change it. */
export const ClaimDetail = ({ claim, onSelect }: Props) => {
  const meta = useMeta()
  const lostQuotes = useLostQuotes()
  const readOnly = useReadOnly() !== null
  const headingId = useId()
  const paneRef = useRef<HTMLElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const editButtonRef = useRef<HTMLButtonElement>(null)
  // The claim whose edit form is open; opening another claim closes it, unsaved.
  const [editingId, setEditingId] = useState<string | null>(null)
  const editing = editingId === claim.id && !readOnly
  const shownId = useRef(claim.id)
  // The pane stays mounted from claim to claim, and with it its scroll position: another claim
  // would open scrolled down to wherever the last one was left. Before paint, so it never shows.
  // Focus is left where it is (the list, for j and k).
  useLayoutEffect(() => {
    if (paneRef.current !== null) paneRef.current.scrollTop = 0
  }, [claim.id])
  // A related-claim link that opened this claim is gone now; keep keyboard focus in the pane.
  useEffect(() => {
    if (shownId.current === claim.id) return
    shownId.current = claim.id
    if (document.activeElement === document.body) headingRef.current?.focus()
  }, [claim.id])
  return (
    <section className="pane detail-pane" aria-labelledby={headingId} ref={paneRef}>
      <header className="detail-header">
        <div className="detail-title">
          <h2 id={headingId} ref={headingRef} tabIndex={-1}>
            <span className="claim-number">Claim {claimNumber(claim.index)}</span>{' '}
            <StatusBadge label={claim.label} />
          </h2>
          {!readOnly && (
            <button
              type="button"
              ref={editButtonRef}
              className="secondary edit-claim-button"
              data-action="edit-claim"
              aria-keyshortcuts="e"
              aria-expanded={editing}
              title="Edit the claim’s text, attribution, kind, tags and assignee (E)"
              onClick={() => setEditingId(claim.id)}
            >
              Edit
            </button>
          )}
        </div>
        {editing ? (
          <ClaimEditForm
            key={claim.id}
            claim={claim}
            onClose={() => {
              setEditingId(null)
              editButtonRef.current?.focus()
            }}
          />
        ) : (
          <p className="detail-text" dir={meta.direction} lang={meta.language}>
            {claim.text}
          </p>
        )}
      </header>
      {claim.state.kind === 'conflict' && <ConflictNotice heads={claim.state.heads} />}
      <ClaimDetailFlags untrusted={claim.ignoredDecisions} quoteLost={lostQuotes.has(claim.id)} />
      <ClaimFacts claim={claim} />
      <ClaimLinks claim={claim} onSelect={onSelect} />
      <EvidenceList claim={claim} />
      {!readOnly && <DecideForm key={claim.id} claim={claim} />}
      <CommentSection key={`comments-${claim.id}`} claim={claim} readOnly={readOnly} />
      <Timeline claim={claim} />
    </section>
  )
}
