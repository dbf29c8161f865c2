import type { ExportFormat } from '../../shared/protocol'

/** The formats in the order the Export panel offers them: reports first, the file last. */
export const EXPORT_FORMAT_ORDER: readonly ExportFormat[] = [
  'md',
  'html',
  'csv',
  'json',
  'claimreview',
  'dossier',
]

/** What each export is called, and what a desk uses it for. */
export const EXPORT_FORMAT_WORDS: Readonly<Record<ExportFormat, { label: string; use: string }>> = {
  md: { label: 'Markdown', use: 'a readable report, for a wiki or a message' },
  html: { label: 'HTML', use: 'a report to open in a browser or print' },
  csv: { label: 'CSV', use: 'one row per claim, for a spreadsheet' },
  json: { label: 'JSON', use: 'everything, to process or to import elsewhere' },
  claimreview: {
    label: 'ClaimReview',
    use: 'schema.org markup for decided claims, for publishing',
  },
  dossier: {
    label: '.dossier file',
    use: 'the whole dossier with its history, to open in another library',
  },
}
