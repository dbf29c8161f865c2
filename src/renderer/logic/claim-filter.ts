import type { ClaimView, StatusLabel } from '../../shared/dossier'

export type StatusFilter = StatusLabel | 'all'

export interface ClaimFilter {
  readonly status: StatusFilter
  readonly query: string
}

export const NO_FILTER: ClaimFilter = { status: 'all', query: '' }

/** Case- and accent-insensitive: "Sao" finds "São", "MINISTRY" finds "ministry". */
export const foldForSearch = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase()

const searchableText = (claim: ClaimView): string => {
  const { who, role, where, when } = claim.attribution
  return foldForSearch(
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
}

/** "#3" (or a bare "3") names claim 3; anything else is a word to find. */
const claimNumberOf = (term: string): number | null => {
  const match = /^#?(\d+)$/.exec(term)
  return match === null ? null : Number(match[1])
}

const matchesTerm = (claim: ClaimView, haystack: string, term: string): boolean => {
  const number = claimNumberOf(term)
  if (number !== null && claim.index + 1 === number) return true
  return haystack.includes(term.replace(/^#/, ''))
}

/**
 * The claims to list: removed claims never, then the status filter, then every search word must
 * appear in the claim's text, speaker, kind, tags or figures.
 */
export const filterClaims = (
  claims: readonly ClaimView[],
  filter: ClaimFilter,
): readonly ClaimView[] => {
  const terms = foldForSearch(filter.query).split(/\s+/).filter(Boolean)
  return claims.filter((claim) => {
    if (claim.removed) return false
    if (filter.status !== 'all' && claim.label !== filter.status) return false
    if (terms.length === 0) return true
    const haystack = searchableText(claim)
    return terms.every((term) => matchesTerm(claim, haystack, term))
  })
}
