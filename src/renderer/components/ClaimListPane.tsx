import { useId, type KeyboardEvent } from 'react'
import { filterClaims, type ClaimFilter } from '../logic/claim-filter'
import { plural } from '../logic/format'
import { useClaims, useMeta } from '../state/hooks'
import { ClaimFilters } from './ClaimFilters'
import { ClaimListItem } from './ClaimListItem'

interface Props {
  readonly filter: ClaimFilter
  readonly onFilter: (filter: ClaimFilter) => void
  readonly selectedId: string | null
  readonly onSelect: (id: string) => void
}

/** Arrow keys move between claims, as in any list; Tab leaves the list. */
const moveFocus = (event: KeyboardEvent<HTMLOListElement>) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('.claim-button')]
  const at = buttons.findIndex((button) => button === document.activeElement)
  if (at < 0) return
  const next = buttons[event.key === 'ArrowDown' ? at + 1 : at - 1]
  if (next === undefined) return
  event.preventDefault()
  next.focus()
  next.click()
}

export const ClaimListPane = ({ filter, onFilter, selectedId, onSelect }: Props) => {
  const claims = useClaims()
  const meta = useMeta()
  const headingId = useId()
  const shown = filterClaims(claims, filter)
  const total = claims.filter((claim) => !claim.removed).length
  return (
    <section className="pane list-pane" aria-labelledby={headingId}>
      <h2 id={headingId}>Claims</h2>
      <ClaimFilters filter={filter} onFilter={onFilter} />
      <p className="list-count" aria-live="polite">
        {shown.length === total
          ? plural(total, 'claim')
          : `${shown.length} of ${plural(total, 'claim')} shown`}
      </p>
      {shown.length === 0 ? (
        <p className="empty">No claims match. Clear the search or choose another status.</p>
      ) : (
        <ol className="claim-list" onKeyDown={moveFocus}>
          {shown.map((claim) => (
            <ClaimListItem
              key={claim.id}
              claim={claim}
              selected={claim.id === selectedId}
              direction={meta.direction}
              language={meta.language}
              onSelect={onSelect}
            />
          ))}
        </ol>
      )}
    </section>
  )
}
