import type { DossierView } from '../../../shared/dossier'
import {
  claimReviewOptionsFrom,
  toClaimReview,
  toCsv,
  toHtml,
  toMarkdown,
} from '../../../shared/report'
import type { ClaimReviewSettings, ReportFormat } from '../../../shared/report'
import { toJson } from '../../../shared/report/json'

/** One dossier in one report format; the CLI and the host's `export` RPC both use it. */
export const renderReport = (
  dossier: DossierView,
  format: ReportFormat,
  options: { claimReview?: ClaimReviewSettings; generatedAt?: string } = {},
): string => {
  const generatedAt = options.generatedAt === undefined ? {} : { generatedAt: options.generatedAt }
  switch (format) {
    case 'md':
      return toMarkdown(dossier, generatedAt)
    case 'html':
      return toHtml(dossier, generatedAt)
    case 'json':
      return toJson(dossier)
    case 'csv':
      return toCsv(dossier)
    case 'claimreview':
      return toClaimReview(dossier, claimReviewOptionsFrom(options.claimReview ?? {}))
  }
}
