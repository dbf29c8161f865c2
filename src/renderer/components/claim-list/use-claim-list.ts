import { useMemo, useState } from 'react'
import type { ClaimView } from '../../../shared/dossier'
import type { ClaimFilter } from '../../logic/claim-filter'
import { ClaimSearch } from '../../logic/claim-search'
import { readFilter } from '../../logic/filter-address'
import { useFilterAddress } from './use-filter-address'

export interface ClaimListState {
  readonly filter: ClaimFilter
  readonly setFilter: (filter: ClaimFilter) => void
  /** The claims `filter` leaves, in its order. */
  readonly shown: readonly ClaimView[]
}

/**
 * The claim list's filter (read from the address, kept in it) and the claims it leaves, worked
 * out again with as little work as each change allows (`ClaimSearch`). The list is filtered in
 * the keystroke's own render: deferring it (`useDeferredValue`) rendered the whole desk twice a
 * keystroke and, measured on a busy machine, showed the list later, not sooner.
 */
export const useClaimList = (
  claims: readonly ClaimView[],
  lostQuotes?: ReadonlySet<string>,
): ClaimListState => {
  const [filter, setFilter] = useState<ClaimFilter>(() => readFilter(window.location.hash))
  useFilterAddress(filter)
  const [search] = useState(() => new ClaimSearch())
  const shown = useMemo(
    () => search.run(claims, filter, lostQuotes),
    [search, claims, filter, lostQuotes],
  )
  return { filter, setFilter, shown }
}
