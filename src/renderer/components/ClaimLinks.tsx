import { useId } from 'react'
import type { ClaimView } from '../../shared/dossier'
import { capitalise, linkPhrase } from '../../shared/vocabulary'
import { claimNumber } from '../logic/format'
import { useDossierStore, useMeta } from '../state/hooks'

interface Props {
  readonly claim: ClaimView
  readonly onSelect: (id: string) => void
}

/** Typed links to other claims ("revises #3"); each opens the other claim. */
export const ClaimLinks = ({ claim, onSelect }: Props) => {
  const store = useDossierStore()
  const meta = useMeta()
  const headingId = useId()
  if (claim.links.length === 0) return null
  return (
    <section className="detail-section" aria-labelledby={headingId}>
      <h3 id={headingId}>Related claims</h3>
      <ul className="links">
        {claim.links.map((link) => {
          const other = store.dossier.claim(link.other)
          return (
            <li key={link.id}>
              <span className="link-type">{capitalise(linkPhrase(link.type, link.direction))}</span>{' '}
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
            </li>
          )
        })}
      </ul>
    </section>
  )
}
