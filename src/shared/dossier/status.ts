import type { Decision, Status } from './schema'

/**
 * A claim's status, derived from its decision log. The heads are the decisions no other decision
 * supersedes. One head, or several that agree, settle the status; heads that disagree are a
 * conflict that names each of them until a decision superseding all of them is appended.
 * The result depends only on the set of decisions, never on the order they arrived in.
 */
export type StatusState =
  | { readonly kind: 'settled'; readonly status: Status; readonly heads: readonly Decision[] }
  | {
      readonly kind: 'conflict'
      readonly statuses: readonly Status[]
      readonly heads: readonly Decision[]
    }

const UNVERIFIED: StatusState = { kind: 'settled', status: 'unverified', heads: [] }

export const compareDecisions = (a: Decision, b: Decision): number =>
  a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0

export const headsOf = (decisions: Iterable<Decision>): Decision[] => {
  const all = Array.isArray(decisions) ? (decisions as readonly Decision[]) : [...decisions]
  // A decision never supersedes itself, so one alone is its own head (most claims' logs).
  if (all.length === 1) return [all[0]!]
  const superseded = new Set<string>()
  for (const decision of all) {
    for (const id of decision.supersedes) if (id !== decision.id) superseded.add(id)
  }
  // A claim's view keeps its heads: `slice` trims the spare slots `filter` leaves in the array.
  return all
    .filter((decision) => !superseded.has(decision.id))
    .sort(compareDecisions)
    .slice()
}

export const deriveStatus = (decisions: Iterable<Decision>): StatusState =>
  statusOfHeads(headsOf(decisions))

/** The status `heads` (what `headsOf` returned) set: one status, or a conflict between several. */
export const statusOfHeads = (heads: readonly Decision[]): StatusState => {
  if (heads.length === 0) return UNVERIFIED
  if (heads.length === 1) return { kind: 'settled', status: heads[0]!.status, heads }
  const statuses = [...new Set(heads.map((head) => head.status))].sort()
  if (statuses.length === 1) return { kind: 'settled', status: statuses[0]!, heads }
  return { kind: 'conflict', statuses, heads }
}

/** The label a list shows: a status, or `conflict`. */
export type StatusLabel = Status | 'conflict'
export const statusLabel = (state: StatusState): StatusLabel =>
  state.kind === 'settled' ? state.status : 'conflict'
