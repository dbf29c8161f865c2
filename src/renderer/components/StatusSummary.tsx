import { STATUS_LABELS } from '../../shared/dossier'
import type { StatusFilter } from '../logic/claim-filter'
import { STATUS_WORDS } from '../../shared/vocabulary'
import { useCounts } from '../state/hooks'

interface Props {
  readonly active: StatusFilter
  readonly onSelect: (status: StatusFilter) => void
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
      </ul>
    </nav>
  )
}
