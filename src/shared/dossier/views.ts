import type {
  Attribution,
  ClaimEditField,
  ClaimEditValues,
  ClaimKind,
  ClaimLink,
  ClaimRecord,
  Comment,
  Decision,
  Evidence,
  Figure,
  LinkType,
  QuoteRecord,
  Status,
} from './schema'
import type { StatusLabel, StatusState } from './status'
import type { Verification } from './verify'

/** The derived, read-only shapes the rest of the app sees. No Y types cross this line. */

export interface LinkView {
  readonly id: string
  readonly type: LinkType
  /** `out`: this claim links to `other` (this claim revises `other`); `in`: the reverse. */
  readonly direction: 'out' | 'in'
  readonly other: string
  readonly note?: string
}

export interface ClaimView {
  readonly id: string
  /** Position in the dossier's claim list; the same on every replica. */
  readonly index: number
  readonly text: string
  readonly kind: ClaimKind
  readonly attribution: Attribution
  readonly figures: readonly Figure[]
  readonly tags: readonly string[]
  readonly assignee: string | null
  readonly removed: boolean
  readonly quote: QuoteRecord | null
  readonly createdBy: string
  readonly createdAt: string
  readonly state: StatusState
  readonly label: StatusLabel
  readonly decisionCount: number
  /**
   * Decisions that would have set the status but are unsigned or fail their signature check:
   * kept and shown, never counted. Decisions others supersede are checked when shown.
   */
  readonly ignoredDecisions: number
  readonly evidenceCount: number
  readonly commentCount: number
  readonly links: readonly LinkView[]
}

export type StatusCounts = Readonly<Record<StatusLabel, number>>

export type TimelineItem =
  | {
      readonly kind: 'decision'
      readonly at: string
      readonly decision: Decision
      readonly verification: Verification
    }
  | { readonly kind: 'evidence'; readonly at: string; readonly evidence: Evidence }
  | { readonly kind: 'comment'; readonly at: string; readonly comment: Comment }
  | { readonly kind: 'link'; readonly at: string; readonly link: ClaimLink }
  | { readonly kind: 'created'; readonly at: string; readonly claim: ClaimRecord }
  | {
      readonly kind: 'edit'
      readonly at: string
      readonly by: string
      /** The field's current value: each field keeps only its last edit (last writer wins). */
      readonly edit: ClaimFieldEdit
    }
  | {
      readonly kind: 'removal'
      readonly at: string
      /** True: the entry was removed; false: it was put back after a removal. */
      readonly removed: boolean
      readonly by: string
      readonly entry: RemovableEntry
    }

/** One edited field of a claim and the value it has now. */
export type ClaimFieldEdit = {
  [F in ClaimEditField]: { readonly field: F; readonly value: ClaimEditValues[F] }
}[ClaimEditField]

/** A link, evidence item or comment, with which of the three it is. */
export type RemovableEntry =
  | { readonly kind: 'link'; readonly link: ClaimLink }
  | { readonly kind: 'evidence'; readonly evidence: Evidence }
  | { readonly kind: 'comment'; readonly comment: Comment }

/** The last removal flag of an entry: whether it is removed, who set it and when. */
export interface EntryRemoval {
  readonly removed: boolean
  readonly by: string
  readonly at: string
}

/** Reads of a claim's links, evidence or comments; removed entries are left out unless asked. */
export interface EntryReadOptions {
  /** Also list entries an editor removed (history, lossless export). */
  readonly includeRemoved?: boolean
}

export interface QuarantineItem {
  readonly collection: string
  readonly id: string | null
  readonly reason: string
}

export interface ChangeSummary {
  /** Claims whose derived view may have changed. */
  readonly claims: ReadonlySet<string>
  readonly meta: boolean
  readonly source: boolean
  readonly order: boolean
  readonly quarantine: boolean
  /** The members log changed: `members()` and `memberRole()` may answer differently. */
  readonly members: boolean
}

export const emptyCounts = (): Record<StatusLabel, number> => ({
  unverified: 0,
  confirmed: 0,
  disputed: 0,
  retracted: 0,
  conflict: 0,
})

/** Claims still in the dossier: each has one status or is a conflict, so the counts add up to them. */
export const claimsCounted = (counts: StatusCounts): number =>
  Object.values(counts).reduce((sum, count) => sum + count, 0)

export const STATUS_LABELS: readonly StatusLabel[] = [
  'unverified',
  'confirmed',
  'disputed',
  'retracted',
  'conflict',
]

export type { Status }
