import type { DossierSummaryWire } from '../../shared/protocol'

export const LIBRARY_SORTS = ['updated', 'title', 'claims'] as const
export type LibrarySort = (typeof LIBRARY_SORTS)[number]

export const LIBRARY_SORT_WORDS: Readonly<Record<LibrarySort, string>> = {
  updated: 'Last change',
  title: 'Title',
  claims: 'Most claims',
}

/** Case and accents do not matter when an editor looks for "Zürich" or "zurich". */
const fold = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en')

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

/**
 * The dossiers an editor asked for: those whose title, story line or id holds every word of
 * `query`, in the chosen order (newest change first, by title, or by claim count); ties keep the
 * title order so the list does not jump between refreshes.
 */
export const arrangeDossiers = (
  dossiers: readonly DossierSummaryWire[],
  query: string,
  sort: LibrarySort,
): DossierSummaryWire[] => {
  const words = fold(query)
    .split(/\s+/)
    .filter((word) => word !== '')
  const found = dossiers.filter((dossier) => {
    if (words.length === 0) return true
    const haystack = fold(`${dossier.title} ${dossier.story} ${dossier.id}`)
    return words.every((word) => haystack.includes(word))
  })
  const byTitle = (a: DossierSummaryWire, b: DossierSummaryWire): number =>
    collator.compare(a.title, b.title) || a.id.localeCompare(b.id)
  const order: Record<LibrarySort, (a: DossierSummaryWire, b: DossierSummaryWire) => number> = {
    updated: (a, b) => b.updated.localeCompare(a.updated) || byTitle(a, b),
    title: byTitle,
    claims: (a, b) => b.claims - a.claims || byTitle(a, b),
  }
  return found.sort(order[sort])
}

export const isLibrarySort = (value: string): value is LibrarySort =>
  (LIBRARY_SORTS as readonly string[]).includes(value)
