/** The formats a dossier can be exported in, as the CLI and the app's export menu name them. */
export const REPORT_FORMATS = ['md', 'html', 'json', 'csv', 'claimreview'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]

const FILES: Readonly<Record<ReportFormat, { extension: string; mediaType: string }>> = {
  md: { extension: 'md', mediaType: 'text/markdown; charset=utf-8' },
  html: { extension: 'html', mediaType: 'text/html; charset=utf-8' },
  json: { extension: 'json', mediaType: 'application/json' },
  // RFC 4180 registers text/csv; `header=present` tells the reader the first row names columns.
  csv: { extension: 'csv', mediaType: 'text/csv; charset=utf-8; header=present' },
  claimreview: { extension: 'jsonld', mediaType: 'application/ld+json' },
}

export const isReportFormat = (value: string): value is ReportFormat =>
  (REPORT_FORMATS as readonly string[]).includes(value)

/** The file name extension, without the dot: `report.${reportExtension('md')}`. */
export const reportExtension = (format: ReportFormat): string => FILES[format].extension

export const reportMediaType = (format: ReportFormat): string => FILES[format].mediaType
