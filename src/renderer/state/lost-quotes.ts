import { useLostQuoteIds } from './quote-ranges'

/**
 * The ids of the open dossier's claims whose quote is lost (every quoted character deleted from
 * the source), for the list's flags, its count and its filter; a new set only when they change.
 * Worked out with every other quote's place by the one tracker (quote-ranges.ts).
 */
export const useLostQuotes = (): ReadonlySet<string> => useLostQuoteIds()
