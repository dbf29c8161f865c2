import { useMemo } from 'react'
import { STATUS_LABELS } from '../../shared/dossier'
import { hasUntrustedHistory, type StatusFilter } from '../logic/claim-filter'
import { STATUS_WORDS } from '../../shared/vocabulary'
import { useClaimFilterControl } from '../state/claim-filter-context'
import { useClaims, useCounts } from '../state/hooks'
import { useLostQuotes } from '../state/lost-quotes'

interface Props {
  readonly active: StatusFilter
  readonly onSelect: (status: StatusFilter) => void
}

/**
 * Claims whose status left out an unsigned or tampered decision, and claims whose quote is lost:
 * each count is a button that lists only those claims (again to list all). Shown only when the
 * desk's list can be filtered from here.
 */
const FlagCounts = () => {
  const control = useClaimFilterControl()
  const claims = useClaims()
  const lostQuotes = useLostQuotes()
  const untrusted = useMemo(
    () => claims.filter((claim) => !claim.removed && hasUntrustedHistory(claim)).length,
    [claims],
  )
  if (control === null) return null
  const { filter, setFilter } = control
  return (
    <>
      <li>
        <button
          type="button"
          className={`count count-flag flag-untrusted${untrusted > 0 ? ' nonzero' : ''}`}
          aria-pressed={filter.untrustedOnly}
          onClick={() => setFilter({ ...filter, untrustedOnly: !filter.untrustedOnly })}
          title="Claims whose status left out a decision that is unsigned or tampered"
        >
          <span className="count-number">{untrusted}</span>{' '}
          <span className="count-label">unsigned/tampered</span>
        </button>
      </li>
      <li>
        <button
          type="button"
          className={`count count-flag flag-quote-lost${lostQuotes.size > 0 ? ' nonzero' : ''}`}
          aria-pressed={filter.lostQuoteOnly}
          onClick={() => setFilter({ ...filter, lostQuoteOnly: !filter.lostQuoteOnly })}
          title="Claims whose quote was deleted from the source text"
        >
          <span className="count-number">{lostQuotes.size}</span>{' '}
          <span className="count-label">quote lost</span>
        </button>
      </li>
    </>
  )
}

/** Claims per status; each count filters the list to that status (again to show all). */
export const StatusSummary = ({ active, onSelect }: Props) => {
  const counts = useCounts()
  return (
    <nav className="status-summary" aria-label="Claims by status">
      <ul>
        {STATUS_LABELS.map((label) => {
          const count = counts[label]
          const pressed = active === label
          return (
            <li key={label}>
              <button
                type="button"
                className={`count count-${label}${count > 0 ? ' nonzero' : ''}`}
                aria-pressed={pressed}
                onClick={() => onSelect(pressed ? 'all' : label)}
                title={STATUS_WORDS[label].meaning}
              >
                <span className="count-number">{count}</span>{' '}
                <span className="count-label">{STATUS_WORDS[label].label}</span>
              </button>
            </li>
          )
        })}
        <FlagCounts />
      </ul>
    </nav>
  )
}
