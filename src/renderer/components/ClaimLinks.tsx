import { Fragment, useId, useRef } from 'react'
import type { ClaimView } from '../../shared/dossier'
import { capitalise, linkPhrase } from '../../shared/vocabulary'
import { claimNumber } from '../logic/format'
import { revisionChain } from '../logic/revision-chain'
import { useClaims, useDossierStore, useMeta } from '../state/hooks'
import { useReadOnly } from '../state/read-only'
import { AddLinkForm } from './claim/AddLinkForm'
import { RemoveEntryButton } from './RemoveEntryButton'

interface Props {
  readonly claim: ClaimView
  readonly onSelect: (id: string) => void
}

/**
 * Every claim connected to this one by "revises" links, oldest first: "Revision chain: #23 → #31
 * → #27". Claims revising the same one share a step ("#2 / #4"). Each number opens its claim.
 */
const RevisionChain = ({ claim, onSelect }: Props) => {
  const store = useDossierStore()
  const dossier = store.dossier
  // Read live: a link between two other claims of the chain changes it, not this claim's view.
  useClaims()
  const steps = revisionChain(
    claim.id,
    (id) => dossier.claim(id)?.links ?? [],
    (id) => dossier.claim(id)?.index ?? Number.MAX_SAFE_INTEGER,
  )
  if (steps.length < 2 && steps[0]?.length === 1) return null
  return (
    <p className="revision-chain">
      <span className="link-type">Revision chain:</span>{' '}
      {steps.map((step, at) => (
        <Fragment key={step.join(' ')}>
          {at > 0 && <span className="chain-arrow">{' → '}</span>}
          {step.map((id, place) => {
            const other = dossier.claim(id)
            return (
              <Fragment key={id}>
                {place > 0 && ' / '}
                {other === undefined ? (
                  <span className="muted">a claim not received yet</span>
                ) : id === claim.id ? (
                  <strong aria-current="true" title="This claim">
                    {claimNumber(other.index)}
                  </strong>
                ) : (
                  <button
                    type="button"
                    className="link-button"
                    title={other.text}
                    onClick={() => onSelect(id)}
                  >
                    {claimNumber(other.index)}
                  </button>
                )}
              </Fragment>
            )
          })}
        </Fragment>
      ))}
    </p>
  )
}

/**
 * Typed links to other claims ("revises #3"); each opens the other claim. Editors add links here,
 * and remove them (the link stays in the history; Undo brings it back).
 */
export const ClaimLinks = ({ claim, onSelect }: Props) => {
  const store = useDossierStore()
  const meta = useMeta()
  const readOnly = useReadOnly() !== null
  const headingId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  if (claim.links.length === 0 && readOnly) return null
  return (
    <section className="detail-section" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        Related claims
      </h3>
      <RevisionChain claim={claim} onSelect={onSelect} />
      {claim.links.length === 0 ? (
        <p className="muted">No related claims yet.</p>
      ) : (
        <ul className="links">
          {claim.links.map((link) => {
            const other = store.dossier.claim(link.other)
            return (
              <li key={link.id}>
                <span className="link-type">
                  {capitalise(linkPhrase(link.type, link.direction))}
                </span>{' '}
                {other === undefined ? (
                  <span className="muted">a claim this copy has not received</span>
                ) : (
                  <button type="button" className="link-button" onClick={() => onSelect(other.id)}>
                    {claimNumber(other.index)}{' '}
                    <span dir={meta.direction} lang={meta.language}>
                      {other.text}
                    </span>
                  </button>
                )}
                {link.note && <span className="link-note"> — {link.note}</span>}
                {!readOnly && ' '}
                {!readOnly && (
                  <RemoveEntryButton
                    kind="link"
                    id={link.id}
                    label={`Remove link to ${other === undefined ? 'a claim not received' : claimNumber(other.index)}`}
                    focusAfter={() => heading.current?.focus()}
                  />
                )}
              </li>
            )
          })}
        </ul>
      )}
      {!readOnly && <AddLinkForm key={claim.id} claim={claim} />}
    </section>
  )
}
