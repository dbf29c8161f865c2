import type {
  Attribution,
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

export const STATUS_LABELS: readonly StatusLabel[] = [
  'unverified',
  'confirmed',
  'disputed',
  'retracted',
  'conflict',
]

export type { Status }
