import type { MemberEntry, MemberRole } from './schema'

/**
 * Who may edit a dossier, derived from its members log: a function of the set of verified member
 * entries only, so every replica derives the same membership whatever order the entries arrived in.
 *
 * - "At that point" is causal, never a clock: an entry counts only if its author was an editor in
 *   the membership derived from the entries it names in `after` and their ancestors (its past).
 *   A `role` or `remove` entry also needs its subject to be a member in that past.
 * - The log is founded by a genesis entry: an editor admitting itself and naming no earlier entry.
 *   The dossier records no signed creator, so the first editor to share it founds its membership;
 *   two copies shared at once while apart both count, as two concurrent decisions both stay heads.
 * - Concurrent entries about one key resolve like decisions: the heads are the counting entries
 *   about that key that no other one knew of. A `remove` among the heads wins; otherwise
 *   disagreeing roles resolve to the lesser one, `viewer`.
 * - An entry whose past has not all arrived waits (counts once it has), as a quote can be pending.
 */

export interface MemberView {
  readonly key: string
  readonly name: string
  /** The role it has, or had when it was removed. */
  readonly role: MemberRole
  readonly admittedBy: string
  readonly admittedAt: string
  readonly removed: boolean
  /** The entries about this key that count, in causal order. */
  readonly history: readonly MemberEntry[]
}

export interface Membership {
  /** Every key admitted, current and removed, in order of admission. */
  readonly members: readonly MemberView[]
  /** Ids of the entries that count. */
  readonly counted: ReadonlySet<string>
  /**
   * What a new entry names in `after`: the counting entries no other counting entry follows. Entries
   * that do not count add nothing to a past, so a flood of them cannot crowd `after`.
   */
  readonly heads: readonly string[]
  /** The current role of a key; null for a removed key or one never admitted. */
  roleOf(key: string): MemberRole | null
}

type RoleEntry = Extract<MemberEntry, { role: MemberRole }>

interface KeyState {
  readonly role: MemberRole
  readonly removed: boolean
  readonly admission: Extract<MemberEntry, { kind: 'admit' }>
}

const isGenesis = (entry: MemberEntry): boolean =>
  entry.kind === 'admit' &&
  entry.key === entry.by &&
  entry.role === 'editor' &&
  entry.after.length === 0

export const deriveMembership = (entries: Iterable<MemberEntry>): Membership => {
  const byId = new Map<string, MemberEntry>()
  for (const entry of entries) byId.set(entry.id, entry)
  const { order, ancestors, depth } = causalOrder(byId)
  const rank = (a: MemberEntry, b: MemberEntry): number =>
    depth.get(a.id)! - depth.get(b.id)! || compareText(a.at, b.at) || compareText(a.id, b.id)

  const about = new Map<string, MemberEntry[]>()
  const counted = new Set<string>()
  /** Of `list`, the entries no other entry of `list` has in its past. */
  const headsOf = <T extends MemberEntry>(list: readonly T[]): T[] =>
    list.filter((x) => !list.some((y) => y !== x && ancestors.get(y.id)!.has(x.id)))
  const stateOf = (key: string, within: ReadonlySet<string> | null): KeyState | null => {
    const list = (about.get(key) ?? []).filter((entry) => within === null || within.has(entry.id))
    const admissions = headsOf(list.filter((entry) => entry.kind === 'admit'))
    const admission = admissions.sort(rank).at(-1)
    if (admission === undefined) return null
    const roles = headsOf(list.filter((entry): entry is RoleEntry => entry.kind !== 'remove'))
    return {
      role: roles.some((entry) => entry.role === 'viewer') ? 'viewer' : 'editor',
      removed: headsOf(list).some((entry) => entry.kind === 'remove'),
      admission,
    }
  }
  const counts = (entry: MemberEntry, past: ReadonlySet<string>): boolean => {
    if (isGenesis(entry)) return true
    const author = stateOf(entry.by, past)
    if (author === null || author.removed || author.role !== 'editor') return false
    if (entry.kind === 'admit') return true
    const subject = stateOf(entry.key, past)
    return subject !== null && !subject.removed
  }

  for (const id of order) {
    const entry = byId.get(id)!
    if (!counts(entry, ancestors.get(id)!)) continue
    counted.add(id)
    let list = about.get(entry.key)
    if (list === undefined) about.set(entry.key, (list = []))
    list.push(entry)
  }

  const known = new Set<string>()
  for (const id of counted) for (const ancestor of ancestors.get(id)!) known.add(ancestor)
  const heads = [...counted].filter((id) => !known.has(id)).sort(compareText)

  const members: MemberView[] = []
  const roles = new Map<string, MemberRole | null>()
  for (const [key, list] of about) {
    const state = stateOf(key, null)
    if (state === null) continue
    roles.set(key, state.removed ? null : state.role)
    members.push({
      key,
      name: state.admission.name,
      role: state.role,
      admittedBy: state.admission.by,
      admittedAt: state.admission.at,
      removed: state.removed,
      history: [...list].sort(rank),
    })
  }
  members.sort((a, b) => rank(a.history[0]!, b.history[0]!) || compareText(a.key, b.key))
  return { members, counted, heads, roleOf: (key) => roles.get(key) ?? null }
}

/**
 * The entries whose whole past is present, parents before children (Kahn's algorithm, so a long
 * log needs no deep recursion), with each one's set of ancestors and its depth.
 */
const causalOrder = (byId: ReadonlyMap<string, MemberEntry>) => {
  const missing = new Map<string, number>()
  const children = new Map<string, string[]>()
  const queue: string[] = []
  for (const entry of byId.values()) {
    const parents = new Set(entry.after)
    missing.set(entry.id, parents.size)
    if (parents.size === 0) queue.push(entry.id)
    for (const parent of parents) {
      let list = children.get(parent)
      if (list === undefined) children.set(parent, (list = []))
      list.push(entry.id)
    }
  }
  const order: string[] = []
  const ancestors = new Map<string, Set<string>>()
  const depth = new Map<string, number>()
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const entry = byId.get(next)!
    const past = new Set<string>()
    let level = 0
    for (const parent of entry.after) {
      past.add(parent)
      for (const id of ancestors.get(parent)!) past.add(id)
      level = Math.max(level, depth.get(parent)! + 1)
    }
    ancestors.set(next, past)
    depth.set(next, level)
    order.push(next)
    for (const child of children.get(next) ?? []) {
      const left = missing.get(child)! - 1
      missing.set(child, left)
      if (left === 0) queue.push(child)
    }
  }
  return { order, ancestors, depth }
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
