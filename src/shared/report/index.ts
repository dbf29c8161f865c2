export { toMarkdown } from './markdown'
export { toHtml } from './html'
export { toCsv, csvCell, CSV_COLUMNS } from './csv'
export type { CsvOptions } from './csv'
export { toClaimReview } from './claimreview'
export type { ClaimReviewOptions } from './claimreview'
export { claimReviewOptionsFrom } from './claimreview'
export {
  CLAIM_AUTHOR_TYPES,
  claimReviewSettingsSchema,
  readClaimReviewSettings,
  reviewUrlFor,
} from './claimreview-settings'
export type { ClaimAuthorType, ClaimReviewSettings } from './claimreview-settings'
export { BEST_RATING, WORST_RATING, RATINGS } from './claimreview-rating'
export { toJson, fromJson } from './json'
export type { ReportOptions } from './model'
export { REPORT_FORMATS, isReportFormat, reportExtension, reportMediaType } from './formats'
export type { ReportFormat } from './formats'
