export { detectFormat } from './detect-format'
export { decodeEntities } from './html-entities'
export { htmlToText } from './html-to-text'
export { markdownToText } from './markdown-to-text'
export { parseDocument, normalizeText, findDate } from './parse-document'
export type { ParseOptions } from './parse-document'
export { splitSentences, paragraphSpans } from './sentences'
export type { Sentence } from './sentences'
export { extractClaims } from './extract-claims'
export { ingestStory, CANDIDATE_TAG } from './ingest-story'
export { IngestError } from './ingest-error'
export {
  SNIFF_BYTES,
  SUSPICIOUS_SHARE,
  assertStoryText,
  decodeStoryBytes,
  refusalMessage,
  sniffBytes,
  sniffText,
} from './story-sniff'
export type {
  BytesVerdict,
  RefusalReason,
  StoryEncoding,
  StoryRefusal,
  TextVerdict,
} from './story-sniff'
export { detectLanguage, UNDETERMINED } from './language-detect'
export type { DetectedLanguage, TextDirection } from './language-detect'
export type { IngestOptions, IngestResult, StoryInput } from './ingest-story'
export { rulesFor, supportedLanguages } from './rules'
export type { LanguageRules } from './rules'
export { UNKNOWN_SPEAKER, UNNAMED_SPEAKER } from './types'
export type {
  ClaimCandidate,
  Dateline,
  ExtractOptions,
  ParsedDocument,
  SourceFormat,
} from './types'
export { suggestClaim } from './suggest-claim'
export type { ClaimSuggestion } from './suggest-claim'
