import type { ReplicaStatus } from '../sync/dossier-replica'
import { ConnectionIndicator } from './ConnectionIndicator'

interface Props {
  readonly title: string
  /** What went wrong; null while simply waiting for the host. */
  readonly message: string | null
  readonly libraryHref: string
  readonly status?: ReplicaStatus
  readonly onRetry?: () => void
}

/** A dossier not on screen: not on this device yet and not (yet) sent by the host, or broken. */
export const DossierWaiting = ({ title, message, libraryHref, status, onRetry }: Props) => (
  <main className="boot">
    <section className="waiting" aria-labelledby="waiting-title">
      <h1 id="waiting-title">{title}</h1>
      {message === null ? (
        <p>
          This dossier has not been opened on this device before: it appears once the host sends it.
        </p>
      ) : (
        <p>{message}</p>
      )}
      {status !== undefined && onRetry !== undefined && (
        <ConnectionIndicator state={status.link} copy="none" onRetry={onRetry} />
      )}
      <p>
        <a href={libraryHref}>← Back to the library</a>
      </p>
    </section>
  </main>
)
