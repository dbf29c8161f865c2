import type { DossierView } from './dossier-view'
import type { ClaimView } from './views'

/**
 * A claim as a person types it: its id, a unique id prefix (with or without the `c_`), or its
 * 1-based position in the claim list (the number `dossier show` prints).
 */
export const findClaim = (
  dossier: Pick<DossierView, 'claim' | 'claims'>,
  ref: string,
): ClaimView | 'ambiguous' | undefined => {
  const exact = dossier.claim(ref)
  if (exact !== undefined) return exact
  const list = dossier.claims()
  if (/^\d+$/.test(ref)) return list[Number(ref) - 1]
  const matches = list.filter(
    (claim) => claim.id.startsWith(ref) || claim.id.slice(2).startsWith(ref),
  )
  return matches.length === 1 ? matches[0] : matches.length > 1 ? 'ambiguous' : undefined
}
