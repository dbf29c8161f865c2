import type { ClaimView, DossierView } from '../dossier'
import { linkPhrase } from '../vocabulary'
import { claimNumber } from './format'

/**
 * One row per claim for spreadsheets: RFC 4180 (CRLF line ends, quoted fields where needed, a
 * header row). A cell a spreadsheet would read as a formula (=, +, -, @, tab, CR at its start)
 * gets a leading apostrophe, so hostile text in a claim cannot run as a formula when opened.
 */
export const CSV_COLUMNS = [
  'number',
  'id',
  'status',
  'claim',
  'speaker',
  'role',
  'where',
  'when',
  'kind',
  'figures',
  'quote',
  'quote state',
  'evidence',
  'decisions',
  'latest rationale',
  'links',
] as const

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, which Excel needs to read non-Latin text correctly. */
  readonly bom?: boolean
}

const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[",\r\n]/

/** A cell as RFC 4180 wants it, defused first so the quoting cannot hide a formula. */
export const csvCell = (value: string | number): string => {
  if (typeof value === 'number') return String(value)
  const defused = FORMULA_START.test(value) ? `'${value}` : value
  return NEEDS_QUOTES.test(defused) ? `"${defused.replaceAll('"', '""')}"` : defused
}

export const toCsv = (dossier: DossierView, options: CsvOptions = {}): string => {
  const rows = dossier.activeClaims().map((claim) => claimRow(dossier, claim).map(csvCell))
  const lines = [CSV_COLUMNS.map(csvCell), ...rows].map((row) => row.join(','))
  return `${options.bom === true ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`
}

const claimRow = (dossier: DossierView, claim: ClaimView): (string | number)[] => {
  const quote = dossier.quote(claim.id)
  // The passage as the source has it now; as it was captured when it is no longer there.
  const quoteText =
    quote.state === 'none' ? '' : 'current' in quote ? quote.current : quote.original
  return [
    claimNumber(claim),
    claim.id,
    claim.label,
    claim.text,
    claim.attribution.who,
    claim.attribution.role ?? '',
    claim.attribution.where ?? '',
    claim.attribution.when ?? '',
    claim.kind,
    claim.figures.map((figure) => figure.raw).join('; '),
    quoteText,
    quote.state,
    claim.evidenceCount,
    claim.decisionCount,
    latestRationale(claim),
    claim.links.map((link) => linkCell(dossier, link)).join('; '),
  ]
}

/** The rationale of the newest head; in a conflict, each head's, each named by its status. */
const latestRationale = (claim: ClaimView): string => {
  const heads = claim.state.heads
  if (claim.state.kind === 'conflict')
    return heads.map((head) => `${head.status}: ${head.rationale}`).join(' | ')
  return heads.at(-1)?.rationale ?? ''
}

const linkCell = (dossier: DossierView, link: ClaimView['links'][number]): string => {
  const other = dossier.claim(link.other)
  const target =
    other === undefined
      ? link.other
      : `claim ${claimNumber(other)}${other.removed ? ' (removed)' : ''}`
  return `${linkPhrase(link.type, link.direction)} ${target}`
}
