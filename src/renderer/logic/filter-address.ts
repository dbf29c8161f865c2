import { STATUS_LABELS } from '../../shared/dossier'
import {
  ANY_ASSIGNEE,
  CLAIM_SORTS,
  NO_FILTER,
  type AssigneeFilter,
  type ClaimFilter,
  type ClaimSort,
  type StatusFilter,
} from './claim-filter'

/**
 * The claim list's filter in the address fragment, next to `dossier=` and `version=`
 * (`#dossier=…&status=disputed&speaker=Interior%20ministry&q=boats&sort=status`), so that a copied
 * address opens the same view. Only what differs from no filter is written.
 */
const KEYS = [
  'status',
  'q',
  'speaker',
  'assignee',
  'unassigned',
  'tag',
  'conflicts',
  'untrusted',
  'lostquote',
  'sort',
] as const

const isStatus = (value: string | null): value is StatusFilter =>
  value !== null && (STATUS_LABELS as readonly string[]).includes(value)

const isSort = (value: string | null): value is ClaimSort =>
  value !== null && (CLAIM_SORTS as readonly string[]).includes(value)

const nonEmpty = (value: string | null): string | null =>
  value === null || value === '' ? null : value

const assigneeOf = (params: URLSearchParams): AssigneeFilter => {
  if (params.get('unassigned') === '1') return { kind: 'nobody' }
  const name = nonEmpty(params.get('assignee'))
  return name === null ? ANY_ASSIGNEE : { kind: 'person', name }
}

/** The filter an address fragment carries; anything missing or malformed is left unfiltered. */
export const readFilter = (hash: string): ClaimFilter => {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  const status = params.get('status')
  const sort = params.get('sort')
  return {
    status: isStatus(status) ? status : NO_FILTER.status,
    query: params.get('q') ?? '',
    speaker: nonEmpty(params.get('speaker')),
    assignee: assigneeOf(params),
    tag: nonEmpty(params.get('tag')),
    conflictsOnly: params.get('conflicts') === '1',
    untrustedOnly: params.get('untrusted') === '1',
    lostQuoteOnly: params.get('lostquote') === '1',
    sort: isSort(sort) ? sort : NO_FILTER.sort,
  }
}

/** The parameters that say `filter`, in a fixed order; none for no filter. */
export const filterParams = (filter: ClaimFilter): [string, string][] => {
  const params: [string, string][] = []
  if (filter.status !== 'all') params.push(['status', filter.status])
  if (filter.query !== '') params.push(['q', filter.query])
  if (filter.speaker !== null) params.push(['speaker', filter.speaker])
  if (filter.assignee.kind === 'person') params.push(['assignee', filter.assignee.name])
  if (filter.assignee.kind === 'nobody') params.push(['unassigned', '1'])
  if (filter.tag !== null) params.push(['tag', filter.tag])
  if (filter.conflictsOnly) params.push(['conflicts', '1'])
  if (filter.untrustedOnly) params.push(['untrusted', '1'])
  if (filter.lostQuoteOnly) params.push(['lostquote', '1'])
  if (filter.sort !== 'number') params.push(['sort', filter.sort])
  return params
}

/**
 * `hash` with its filter replaced by `filter`: every other parameter (`dossier`, `version`, …)
 * kept as it was and in its place, the filter's after them.
 */
export const withFilter = (hash: string, filter: ClaimFilter): string => {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  for (const key of KEYS) params.delete(key)
  for (const [key, value] of filterParams(filter)) params.append(key, value)
  // URLSearchParams writes spaces as "+"; "%20" reads the same and looks like what was typed.
  const text = params.toString().replace(/\+/g, '%20')
  return text === '' ? '' : `#${text}`
}
