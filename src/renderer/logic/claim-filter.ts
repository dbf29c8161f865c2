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
  /** Claims whose quote was deleted from the source text (`hasLostQuote`). */
  readonly lostQuoteOnly: boolean
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
  lostQuoteOnly: false,
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
  filter.untrustedOnly ||
  filter.lostQuoteOnly

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

/** The search's words, folded as the claims' text is. */
export const searchTerms = (query: string): string[] =>
  foldForSearch(query).split(/\s+/).filter(Boolean)

/** A term that names a claim's number: "#12" (that claim alone) or "12" (it, or text holding 12). */
export const NUMBER_TERM = /^(#?)(\d+)$/

type TermTest = (claim: ClaimView, haystack: string) => boolean

/**
 * "#12" names claim 12 and nothing else; a bare "12" finds claim 12 and any claim whose text
 * holds 12; anything else is a word to find ("#" before a word is ignored). Worked out once per
 * search, not once per claim.
 */
const termTest = (term: string): TermTest => {
  const match = NUMBER_TERM.exec(term)
  if (match === null) {
    const word = term.replace(/^#/, '')
    return (_claim, haystack) => haystack.includes(word)
  }
  const digits = match[2]!
  const number = Number(digits)
  return match[1] === '#'
    ? (claim) => claim.index + 1 === number
    : (claim, haystack) => claim.index + 1 === number || haystack.includes(digits)
}

/** A claim whose status left out a decision because it is unsigned or fails its check. */
export const hasUntrustedHistory = (claim: ClaimView): boolean => claim.ignoredDecisions > 0

/**
 * A claim whose quote anchor is lost (every quoted character deleted). The views do not carry
 * quote states, so the caller passes the ids of the claims it found lost (`useLostQuotes`).
 */
export const hasLostQuote = (claim: ClaimView, lostQuotes: ReadonlySet<string>): boolean =>
  lostQuotes.has(claim.id)

const NO_LOST_QUOTES: ReadonlySet<string> = new Set()

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
 * Whether `filter` lists a claim (its order aside): removed claims never, then every filter
 * (status, speaker, assignee, tag, conflicts, untrusted history, lost quote), then every search
 * word must appear in the claim's text, speaker, kind, tags or figures (or name its number).
 * Apart from `lostQuotes` it reads the claim's view alone, so a view object that has not changed
 * keeps its answer (claim-search.ts relies on that).
 */
export const claimMatcher = (
  filter: ClaimFilter,
  lostQuotes: ReadonlySet<string> = NO_LOST_QUOTES,
): ((claim: ClaimView) => boolean) => {
  const terms = searchTerms(filter.query).map(termTest)
  return (claim) => {
    if (claim.removed) return false
    if (filter.status !== 'all' && claim.label !== filter.status) return false
    if (filter.conflictsOnly && claim.label !== 'conflict') return false
    if (filter.speaker !== null && claim.attribution.who !== filter.speaker) return false
    if (filter.tag !== null && !claim.tags.includes(filter.tag)) return false
    if (!matchesAssignee(claim, filter.assignee)) return false
    if (filter.untrustedOnly && !hasUntrustedHistory(claim)) return false
    if (filter.lostQuoteOnly && !hasLostQuote(claim, lostQuotes)) return false
    if (terms.length === 0) return true
    const haystack = searchableText(claim)
    return terms.every((test) => test(claim, haystack))
  }
}

/** `shown`, in claim order, put in the order `sort` asks for. */
export const sortClaims = (shown: readonly ClaimView[], sort: ClaimSort): readonly ClaimView[] =>
  sort === 'number' ? shown : [...shown].sort(COMPARE[sort])

/** The claims to list, in the chosen order (see claimMatcher). */
export const filterClaims = (
  claims: readonly ClaimView[],
  filter: ClaimFilter,
  lostQuotes: ReadonlySet<string> = NO_LOST_QUOTES,
): readonly ClaimView[] => sortClaims(claims.filter(claimMatcher(filter, lostQuotes)), filter.sort)

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
