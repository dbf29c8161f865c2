export { findAttribution } from './find-attribution'
export type { AttributionDraft } from './attribution-draft'
