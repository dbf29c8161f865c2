import { createContext, useContext } from 'react'
import type { ClaimFilter } from '../logic/claim-filter'

/**
 * The claim list's filter, for what sets it from outside the list (the header's flag counts)
 * without threading it through every component between. Null outside a dossier's desk.
 */
export interface ClaimFilterControl {
  readonly filter: ClaimFilter
  readonly setFilter: (filter: ClaimFilter) => void
}

export const ClaimFilterContext = createContext<ClaimFilterControl | null>(null)

export const useClaimFilterControl = (): ClaimFilterControl | null => useContext(ClaimFilterContext)
