import { claimNumber } from '../logic/format'
import { useClaims } from '../state/hooks'
import type { PresentEditor } from '../sync/presence'

/** Initials for a small badge: "Ana Ruiz" -> "AR". */
export const initialsOf = (name: string): string =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part.charAt(0).toUpperCase())
    .join('') || '?'

/** Who else has this dossier open, and on which claim. */
export const PresenceList = ({ others }: { readonly others: readonly PresentEditor[] }) => {
  const claims = useClaims()
  if (others.length === 0) {
    return <p className="presence presence-alone">No one else has this dossier open.</p>
  }
  const numberOf = (claimId: string | null): string | null => {
    const claim = claimId === null ? undefined : claims.find((item) => item.id === claimId)
    return claim === undefined ? null : claimNumber(claim.index)
  }
  return (
    <div className="presence">
      <span className="presence-label">Also here:</span>
      <ul className="presence-list">
        {others.map((editor) => {
          const on = numberOf(editor.claimId)
          return (
            <li
              key={editor.clientId}
              className={`presence-editor presence-colour-${editor.colour}`}
              title={editor.key ?? undefined}
            >
              {/* Their colour, as their cursor has it in the source text. */}
              <span className="presence-dot" aria-hidden="true" />
              <span className="presence-initials" aria-hidden="true">
                {initialsOf(editor.name)}
              </span>
              <span className="presence-name">{editor.name}</span>
              {on !== null && <span className="presence-claim"> on {on}</span>}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
