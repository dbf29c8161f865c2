import { filterParams, readFilter } from '../logic/filter-address'
import type { FirstScreenRecord, FirstScreenRow } from './first-screen-record'

export interface FirstScreenList {
  /** The rows to draw, as the list will show them; empty when the record cannot say. */
  readonly rows: readonly FirstScreenRow[]
  /** The list's count line's numbers; `shown` null when only the total is known. */
  readonly shown: number | null
  readonly total: number
}

/**
 * The record's rows for the list the address asks for. The same filter: its rows. The record of
 * the unfiltered list and an address asking for one status: those of its rows with that status,
 * which are the first ones that list shows too. Any other filter: no rows, only the counts.
 */
export const firstScreenList = (record: FirstScreenRecord, hash: string): FirstScreenList => {
  const params = filterParams(readFilter(hash))
  const total = record.total
  if (new URLSearchParams(params).toString() === record.filterKey)
    return { rows: record.rows ?? [], shown: record.shownCount, total }
  const [only] = params
  const status = readFilter(hash).status
  if (
    record.filterKey === '' &&
    params.length === 1 &&
    only?.[0] === 'status' &&
    status !== 'all'
  ) {
    const rows = (record.rows ?? []).filter((row) => row.label === status)
    return { rows, shown: record.counts[status], total }
  }
  return { rows: [], shown: null, total }
}
