import { useId, useMemo, useState } from 'react'
import type { ClaimView } from '../../shared/dossier'
import { ChoiceTally } from '../logic/choice-tally'
import { isFiltering, type ClaimFilter } from '../logic/claim-filter'
import { filterParams } from '../logic/filter-address'
import { plural } from '../logic/format'
import { useClaims, useMeta } from '../state/hooks'
import { ClaimFilters } from './ClaimFilters'
import { VirtualClaimList } from './claim-list/VirtualClaimList'

interface Props {
  readonly filter: ClaimFilter
  readonly onFilter: (filter: ClaimFilter) => void
  /** The claims `filter` leaves, in its order (DeskLayout works them out once for j and k too). */
  readonly shown: readonly ClaimView[]
  readonly selectedId: string | null
  readonly onSelect: (id: string) => void
}

export const ClaimListPane = ({ filter, onFilter, shown, selectedId, onSelect }: Props) => {
  const claims = useClaims()
  const meta = useMeta()
  const headingId = useId()
  const [tally] = useState(() => new ChoiceTally())
  const choices = useMemo(() => tally.update(claims), [tally, claims])
  const total = tally.total
  const filterKey = useMemo(() => new URLSearchParams(filterParams(filter)).toString(), [filter])
  return (
    <section className="pane list-pane" aria-labelledby={headingId}>
      <h2 id={headingId}>Claims</h2>
      <ClaimFilters filter={filter} onFilter={onFilter} choices={choices} />
      <p className="list-count" aria-live="polite">
        {isFiltering(filter) || shown.length !== total
          ? `${shown.length} of ${plural(total, 'claim')}`
          : plural(total, 'claim')}
      </p>
      {shown.length === 0 ? (
        <p className="empty">No claims match. Clear the search or choose other filters.</p>
      ) : (
        <VirtualClaimList
          claims={shown}
          selectedId={selectedId}
          direction={meta.direction}
          language={meta.language}
          onSelect={onSelect}
          filterKey={filterKey}
        />
      )}
    </section>
  )
}
