import type { ClaimEditField, Decision, RemovableKind } from './schema'

/**
 * One write this replica's `DossierWriter` made, as an undo history needs to know it: one
 * writer call, so one form submit, is one action. Remote changes never produce one.
 */
export type LocalAction =
  | { readonly kind: 'source' }
  | { readonly kind: 'claims'; readonly ids: readonly string[] }
  | {
      readonly kind: 'claim-edit'
      readonly claimId: string
      readonly fields: readonly ClaimEditField[]
    }
  | { readonly kind: 'decision'; readonly decision: Decision }
  /** A link, evidence item or comment was added. */
  | {
      readonly kind: 'entry'
      readonly entryKind: RemovableKind
      readonly id: string
      /** The claim it belongs to (a link: the claim it goes from). */
      readonly claimId: string
      /** A link: the claim it goes to. */
      readonly to?: string
    }
  /** A link, evidence item or comment was removed, or put back. */
  | {
      readonly kind: 'removal'
      readonly entryKind: RemovableKind
      readonly id: string
      readonly claimId: string
      readonly to?: string
      readonly removed: boolean
    }

export type LocalActionListener = (action: LocalAction) => void
