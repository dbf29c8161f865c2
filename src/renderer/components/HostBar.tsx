import type { HostDesk } from '../state/host-context'
import { ConnectionIndicator } from './ConnectionIndicator'
import { PresenceList } from './PresenceList'

/** Under the desk's header when the dossier comes from a host: the way back, the link, who is here. */
export const HostBar = ({ host }: { readonly host: HostDesk }) => {
  const { link, hasCopy, cacheProblem } = host.status
  const copy = !hasCopy ? 'none' : cacheProblem === null ? 'saved' : 'memory'
  if (host.frozen !== undefined)
    return (
      <div className="host-bar">
        <a className="back-to-library" href={host.frozen.dossierHref}>
          ← Back to the dossier
        </a>
        <a className="back-to-library" href={host.libraryHref}>
          Library
        </a>
      </div>
    )
  return (
    <div className="host-bar">
      <a className="back-to-library" href={host.libraryHref}>
        ← Library
      </a>
      <ConnectionIndicator state={link} copy={copy} onRetry={host.retryNow} />
      {cacheProblem !== null && (
        <p className="no-copy" title={cacheProblem}>
          No copy is kept on this device: the dossier is only here while the host is.
        </p>
      )}
      {/* Offline, who else is there is not known: nothing rather than a stale list. */}
      {link.kind === 'live' && <PresenceList others={host.others} />}
    </div>
  )
}
