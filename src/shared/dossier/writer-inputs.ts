import type { RawClaimEdit, RawEntryRemoval } from './dossier-view'
import type {
  Attribution,
  AuthorDeclaration,
  ClaimKind,
  ClaimLink,
  ClaimRecord,
  Comment,
  Decision,
  Evidence,
  Figure,
  LinkType,
  MemberEntry,
  Stance,
  Status,
} from './schema'

/** What a caller gives `DossierWriter` to write: entries before their ids, times and signatures. */

/** A link to add: from one claim to another, of a type, with an optional note. */
export interface NewLink {
  readonly from: string
  readonly to: string
  readonly type: LinkType
  readonly note?: string
}

export interface NewClaim {
  readonly text: string
  /** Character offsets into the current source text; the end is exclusive. */
  readonly quote?: { readonly start: number; readonly end: number } | null
  readonly attribution: Attribution
  readonly kind: ClaimKind
  readonly figures?: readonly Figure[]
  readonly tags?: readonly string[]
}

export interface NewDecision {
  readonly status: Status
  readonly rationale: string
  readonly evidenceIds?: readonly string[]
  /** Defaults to every current head: the decision settles whatever was there, conflict included. */
  readonly supersedes?: readonly string[]
}

export interface NewEvidence {
  readonly url?: string
  readonly title: string
  readonly capturedAt?: string
  readonly fileHash?: string
  readonly note?: string
  readonly stance: Stance
}

export interface ImportedEntries {
  readonly claims: readonly ClaimRecord[]
  readonly claimEdits: readonly RawClaimEdit[]
  readonly decisions: readonly Decision[]
  readonly evidence: readonly Evidence[]
  readonly comments: readonly Comment[]
  readonly links: readonly ClaimLink[]
  readonly authors: readonly AuthorDeclaration[]
  /** Absent in exports made before dossiers had members. */
  readonly members?: readonly MemberEntry[]
  /** Absent in exports made before links, evidence and comments could be removed. */
  readonly entryRemovals?: readonly RawEntryRemoval[]
}
