import type { ClaimView, DossierView, StatusLabel } from '../../../shared/dossier'

/** What a diff needs of a dossier: its reads, never its writes. */
export type DossierReader = Pick<DossierView, 'meta' | 'claims'>

export interface ClaimRef {
  readonly id: string
  /** 1-based position in the dossier it was found in. */
  readonly number: number
  readonly text: string
  readonly status: StatusLabel
}

export interface VersionDiff {
  readonly title: { readonly from: string; readonly to: string } | null
  readonly added: readonly ClaimRef[]
  readonly removed: readonly ClaimRef[]
  readonly statusChanged: readonly {
    readonly claim: ClaimRef
    readonly from: StatusLabel
    readonly to: StatusLabel
  }[]
  readonly textChanged: readonly {
    readonly claim: ClaimRef
    readonly from: string
    readonly to: string
  }[]
}

const ref = (claim: ClaimView): ClaimRef => ({
  id: claim.id,
  number: claim.index + 1,
  text: claim.text,
  status: claim.label,
})

const active = (dossier: DossierReader): Map<string, ClaimView> =>
  new Map(dossier.claims().flatMap((claim) => (claim.removed ? [] : [[claim.id, claim] as const])))

/**
 * What changed from `before` to `after` (two versions of one dossier): claims added, claims
 * removed (gone or marked removed), statuses changed (a conflict counts as a status), and
 * claims reworded. Claims are matched by id, listed in the order of the dossier they are in.
 */
export const diffDossiers = (before: DossierReader, after: DossierReader): VersionDiff => {
  const old = active(before)
  const now = active(after)
  const added = [...now.values()].filter((claim) => !old.has(claim.id)).map(ref)
  const removed = [...old.values()].filter((claim) => !now.has(claim.id)).map(ref)
  const kept = [...now.values()].flatMap((claim) => {
    const was = old.get(claim.id)
    return was === undefined ? [] : [{ was, claim }]
  })
  const titleBefore = before.meta().title
  const titleAfter = after.meta().title
  return {
    title: titleBefore === titleAfter ? null : { from: titleBefore, to: titleAfter },
    added,
    removed,
    statusChanged: kept
      .filter(({ was, claim }) => was.label !== claim.label)
      .map(({ was, claim }) => ({ claim: ref(claim), from: was.label, to: claim.label })),
    textChanged: kept
      .filter(({ was, claim }) => was.text !== claim.text)
      .map(({ was, claim }) => ({ claim: ref(claim), from: was.text, to: claim.text })),
  }
}
