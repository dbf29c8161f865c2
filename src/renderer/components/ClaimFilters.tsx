import { useId } from 'react'
import { STATUS_LABELS } from '../../shared/dossier'
import type { ClaimFilter, StatusFilter } from '../logic/claim-filter'
import { STATUS_WORDS } from '../../shared/vocabulary'

interface Props {
  readonly filter: ClaimFilter
  readonly onFilter: (filter: ClaimFilter) => void
}

const isStatusFilter = (value: string): value is StatusFilter =>
  value === 'all' || (STATUS_LABELS as readonly string[]).includes(value)

export const ClaimFilters = ({ filter, onFilter }: Props) => {
  const searchId = useId()
  const statusId = useId()
  return (
    <div className="claim-filters" role="search">
      <div className="field">
        <label htmlFor={searchId}>Search claims</label>
        <input
          id={searchId}
          type="search"
          aria-keyshortcuts="/"
          value={filter.query}
          placeholder="Words, speaker, #3"
          onChange={(event) => onFilter({ ...filter, query: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={statusId}>Status</label>
        <select
          id={statusId}
          value={filter.status}
          onChange={(event) => {
            const status = event.target.value
            if (isStatusFilter(status)) onFilter({ ...filter, status })
          }}
        >
          <option value="all">All statuses</option>
          {STATUS_LABELS.map((label) => (
            <option key={label} value={label}>
              {STATUS_WORDS[label].label}
            </option>
          ))}
        </select>
      </div>
    </div>
  )
}
