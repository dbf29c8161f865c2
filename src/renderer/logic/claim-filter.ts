import { STATUS_LABELS, type ClaimView, type StatusLabel } from '../../shared/dossier'

export type StatusFilter = StatusLabel | 'all'

/** Anyone (no filter), claims nobody is assigned to, or one person's claims. */
export type AssigneeFilter =
  | { readonly kind: 'any' }
  | { readonly kind: 'nobody' }
  | { readonly kind: 'person'; readonly name: string }

/** The list's order: claim number, status (conflicts first), speaker, or latest change first. */
export type ClaimSort = 'number' | 'status' | 'speaker' | 'changed'

export const CLAIM_SORTS: readonly ClaimSort[] = ['number', 'status', 'speaker', 'changed']

export interface ClaimFilter {
  readonly status: StatusFilter
  readonly query: string
  /** Exactly this speaker (`attribution.who`); null: every speaker. */
  readonly speaker: string | null
  readonly assignee: AssigneeFilter
  /** Claims carrying this tag; null: any. */
  readonly tag: string | null
  readonly conflictsOnly: boolean
  /** Claims whose status had to set aside an unsigned or tampered decision. */
  readonly untrustedOnly: boolean
  readonly sort: ClaimSort
}

export const ANY_ASSIGNEE: AssigneeFilter = { kind: 'any' }

export const NO_FILTER: ClaimFilter = {
  status: 'all',
  query: '',
  speaker: null,
  assignee: ANY_ASSIGNEE,
  tag: null,
  conflictsOnly: false,
  untrustedOnly: false,
  sort: 'number',
}

/** Whether anything narrows the list (the order alone does not). */
export const isFiltering = (filter: ClaimFilter): boolean =>
  filter.status !== 'all' ||
  filter.query.trim() !== '' ||
  filter.speaker !== null ||
  filter.assignee.kind !== 'any' ||
  filter.tag !== null ||
  filter.conflictsOnly ||
  filter.untrustedOnly

/** Case- and accent-insensitive: "Sao" finds "São", "MINISTRY" finds "ministry". */
export const foldForSearch = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase()

/** Views are cached by the dossier while unchanged, so their folded text can be too. */
const searchable = new WeakMap<ClaimView, string>()

const searchableText = (claim: ClaimView): string => {
  const known = searchable.get(claim)
  if (known !== undefined) return known
  const { who, role, where, when } = claim.attribution
  const text = foldForSearch(
    [
      claim.text,
      who,
      role ?? '',
      where ?? '',
      when ?? '',
      claim.kind,
      ...claim.tags,
      ...claim.figures.map((figure) => figure.raw),
    ].join('\n'),
  )
  searchable.set(claim, text)
  return text
}

/**
 * "#12" names claim 12 and nothing else; a bare "12" finds claim 12 and any claim whose text
 * holds 12; anything else is a word to find ("#" before a word is ignored).
 */
const matchesTerm = (claim: ClaimView, haystack: string, term: string): boolean => {
  const match = /^(#?)(\d+)$/.exec(term)
  if (match !== null) {
    const named = claim.index + 1 === Number(match[2])
    return match[1] === '#' ? named : named || haystack.includes(match[2]!)
  }
  return haystack.includes(term.replace(/^#/, ''))
}

/** A claim whose status left out a decision because it is unsigned or fails its check. */
export const hasUntrustedHistory = (claim: ClaimView): boolean => claim.ignoredDecisions > 0

/** When the claim last changed as far as its view tells: its latest deciding decision, or its creation. */
export const lastChangeOf = (claim: ClaimView): string =>
  claim.state.heads.reduce((latest, head) => (head.at > latest ? head.at : latest), claim.createdAt)

const matchesAssignee = (claim: ClaimView, filter: AssigneeFilter): boolean => {
  switch (filter.kind) {
    case 'any':
      return true
    case 'nobody':
      return claim.assignee === null
    case 'person':
      return claim.assignee === filter.name
  }
}

const STATUS_ORDER: readonly StatusLabel[] = [
  'conflict',
  ...STATUS_LABELS.filter((label) => label !== 'conflict'),
]

const byNumber = (a: ClaimView, b: ClaimView): number => a.index - b.index

const COMPARE: Record<ClaimSort, (a: ClaimView, b: ClaimView) => number> = {
  number: byNumber,
  status: (a, b) => STATUS_ORDER.indexOf(a.label) - STATUS_ORDER.indexOf(b.label) || byNumber(a, b),
  speaker: (a, b) => a.attribution.who.localeCompare(b.attribution.who) || byNumber(a, b),
  changed: (a, b) => {
    const [first, second] = [lastChangeOf(a), lastChangeOf(b)]
    return first > second ? -1 : first < second ? 1 : byNumber(a, b)
  },
}

/**
 * The claims to list, in the chosen order: removed claims never, then every filter (status,
 * speaker, assignee, tag, conflicts, untrusted history), then every search word must appear in
 * the claim's text, speaker, kind, tags or figures (or name its number).
 */
export const filterClaims = (
  claims: readonly ClaimView[],
  filter: ClaimFilter,
): readonly ClaimView[] => {
  const terms = foldForSearch(filter.query).split(/\s+/).filter(Boolean)
  const shown = claims.filter((claim) => {
    if (claim.removed) return false
    if (filter.status !== 'all' && claim.label !== filter.status) return false
    if (filter.conflictsOnly && claim.label !== 'conflict') return false
    if (filter.speaker !== null && claim.attribution.who !== filter.speaker) return false
    if (filter.tag !== null && !claim.tags.includes(filter.tag)) return false
    if (!matchesAssignee(claim, filter.assignee)) return false
    if (filter.untrustedOnly && !hasUntrustedHistory(claim)) return false
    if (terms.length === 0) return true
    const haystack = searchableText(claim)
    return terms.every((term) => matchesTerm(claim, haystack, term))
  })
  return filter.sort === 'number' ? shown : [...shown].sort(COMPARE[filter.sort])
}

/** What the speaker, assignee and tag filters can offer: what the claims in the dossier have. */
export interface FilterChoices {
  readonly speakers: readonly string[]
  readonly assignees: readonly string[]
  readonly unassigned: boolean
  readonly tags: readonly string[]
}

const sorted = (values: Set<string>): string[] => [...values].sort((a, b) => a.localeCompare(b))

export const filterChoices = (claims: readonly ClaimView[]): FilterChoices => {
  const speakers = new Set<string>()
  const assignees = new Set<string>()
  const tags = new Set<string>()
  let unassigned = false
  for (const claim of claims) {
    if (claim.removed) continue
    speakers.add(claim.attribution.who)
    if (claim.assignee === null) unassigned = true
    else assignees.add(claim.assignee)
    for (const tag of claim.tags) tags.add(tag)
  }
  return {
    speakers: sorted(speakers),
    assignees: sorted(assignees),
    unassigned,
    tags: sorted(tags),
  }
}
