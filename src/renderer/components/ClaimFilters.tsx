import { useId } from 'react'
import { STATUS_LABELS } from '../../shared/dossier'
import {
  ANY_ASSIGNEE,
  CLAIM_SORTS,
  NO_FILTER,
  isFiltering,
  type AssigneeFilter,
  type ClaimFilter,
  type ClaimSort,
  type FilterChoices,
  type StatusFilter,
} from '../logic/claim-filter'
import { STATUS_WORDS } from '../../shared/vocabulary'

interface Props {
  readonly filter: ClaimFilter
  readonly onFilter: (filter: ClaimFilter) => void
  /** The speakers, assignees and tags the dossier's claims have. */
  readonly choices: FilterChoices
}

const isStatusFilter = (value: string): value is StatusFilter =>
  value === 'all' || (STATUS_LABELS as readonly string[]).includes(value)

const isSort = (value: string): value is ClaimSort =>
  (CLAIM_SORTS as readonly string[]).includes(value)

const SORT_WORDS: Readonly<Record<ClaimSort, string>> = {
  number: 'Number',
  status: 'Status',
  speaker: 'Speaker',
  changed: 'Last change',
}

/** A select's value for each assignee choice (names are free text, so they get a prefix). */
const ANY = 'any'
const NOBODY = 'nobody'
const PERSON = 'person:'

const assigneeValue = (assignee: AssigneeFilter): string =>
  assignee.kind === 'person'
    ? `${PERSON}${assignee.name}`
    : assignee.kind === 'nobody'
      ? NOBODY
      : ANY

const assigneeOf = (value: string): AssigneeFilter =>
  value.startsWith(PERSON)
    ? { kind: 'person', name: value.slice(PERSON.length) }
    : value === NOBODY
      ? { kind: 'nobody' }
      : ANY_ASSIGNEE

/** The choices, plus the chosen one when no claim has it any more (an old address). */
const withChosen = (values: readonly string[], chosen: string | null): readonly string[] =>
  chosen === null || values.includes(chosen) ? values : [...values, chosen]

export const ClaimFilters = ({ filter, onFilter, choices }: Props) => {
  const ids = {
    search: useId(),
    status: useId(),
    speaker: useId(),
    assignee: useId(),
    tag: useId(),
    sort: useId(),
  }
  const set = (patch: Partial<ClaimFilter>) => onFilter({ ...filter, ...patch })
  const assignees = withChosen(
    choices.assignees,
    filter.assignee.kind === 'person' ? filter.assignee.name : null,
  )
  return (
    <div className="claim-filters" role="search">
      <div className="field">
        <label htmlFor={ids.search}>Search claims</label>
        <input
          id={ids.search}
          type="search"
          aria-keyshortcuts="/"
          value={filter.query}
          placeholder="Words, speaker, #3"
          onChange={(event) => set({ query: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.status}>Status</label>
        <select
          id={ids.status}
          value={filter.status}
          onChange={(event) => {
            const status = event.target.value
            if (isStatusFilter(status)) set({ status })
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
      <div className="claim-filters-more">
        <div className="field">
          <label htmlFor={ids.speaker}>Speaker</label>
          <select
            id={ids.speaker}
            value={filter.speaker ?? ''}
            onChange={(event) => set({ speaker: event.target.value || null })}
          >
            <option value="">All speakers</option>
            {withChosen(choices.speakers, filter.speaker).map((speaker) => (
              <option key={speaker} value={speaker}>
                {speaker}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.assignee}>Assigned to</label>
          <select
            id={ids.assignee}
            value={assigneeValue(filter.assignee)}
            onChange={(event) => set({ assignee: assigneeOf(event.target.value) })}
          >
            <option value={ANY}>Anyone</option>
            {(choices.unassigned || filter.assignee.kind === 'nobody') && (
              <option value={NOBODY}>Unassigned</option>
            )}
            {assignees.map((name) => (
              <option key={name} value={`${PERSON}${name}`}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.tag}>Tag</label>
          <select
            id={ids.tag}
            value={filter.tag ?? ''}
            onChange={(event) => set({ tag: event.target.value || null })}
          >
            <option value="">Any tag</option>
            {withChosen(choices.tags, filter.tag).map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.sort}>Order</label>
          <select
            id={ids.sort}
            value={filter.sort}
            onChange={(event) => {
              const sort = event.target.value
              if (isSort(sort)) set({ sort })
            }}
          >
            {CLAIM_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {SORT_WORDS[sort]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="claim-filters-checks">
        <label>
          <input
            type="checkbox"
            checked={filter.conflictsOnly}
            onChange={(event) => set({ conflictsOnly: event.target.checked })}
          />{' '}
          Only conflicts
        </label>
        <label title="Claims whose status left out a decision that is unsigned or whose signature does not match">
          <input
            type="checkbox"
            checked={filter.untrustedOnly}
            onChange={(event) => set({ untrustedOnly: event.target.checked })}
          />{' '}
          Tampered or unsigned history
        </label>
        {(isFiltering(filter) || filter.sort !== NO_FILTER.sort) && (
          <button type="button" className="link-button" onClick={() => onFilter(NO_FILTER)}>
            Clear filters
          </button>
        )}
      </div>
    </div>
  )
}
