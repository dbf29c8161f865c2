import { useId } from 'react'
import type { DossierSummaryWire } from '../../shared/protocol'
import { STATUS_LABELS } from '../../shared/dossier'
import { formatTime, plural } from '../logic/format'
import { STATUS_WORDS } from '../../shared/vocabulary'
import type { LibraryView } from '../app/use-library'
import type { LinkState } from '../../shared/session'
import { ConnectionIndicator } from './ConnectionIndicator'
import { StoryImport } from './StoryImport'
import { JoinInvite } from './share/JoinInvite'

interface Props {
  readonly library: LibraryView
  /** Where the host is, for the editor ("host at 127.0.0.1:5180"). */
  readonly description: string
  readonly hrefFor: (dossierId: string) => string
}

const DossierItem = ({ dossier, href }: { dossier: DossierSummaryWire; href: string }) => (
  <li className="dossier-item">
    <a className="dossier-link" href={href}>
      <span className="dossier-name">{dossier.title}</span>
      {dossier.story !== '' && <span className="dossier-story">{dossier.story}</span>}
      <span className="dossier-counts">
        <span>{plural(dossier.claims, 'claim')}</span>
        {STATUS_LABELS.filter((label) => dossier.counts[label] > 0).map((label) => (
          <span key={label} className={`badge badge-${label}`}>
            {dossier.counts[label]} {STATUS_WORDS[label].word}
          </span>
        ))}
      </span>
      <span className="dossier-updated">Last change {formatTime(dossier.updated)}</span>
    </a>
  </li>
)

const waitingText = (link: LinkState): string => {
  switch (link.kind) {
    case 'live':
      return 'Loading…'
    case 'refused':
      return 'The host did not let this page in, so its dossiers cannot be listed.'
    case 'error':
      return 'The dossiers cannot be listed until the host answers.'
    default:
      return 'Waiting for the host…'
  }
}

/** The host's dossiers: open one, or import a story as a new one. */
export const LibraryScreen = ({ library, description, hrefFor }: Props) => {
  const headingId = useId()
  const { dossiers, problems, listError, link } = library
  return (
    <div className="library">
      <header className="library-header">
        <div className="dossier-title">
          <p className="app-name">
            Verification Desk <span className="shell">{description}</span>
          </p>
          <h1>Library</h1>
        </div>
        <ConnectionIndicator state={link} copy="none" onRetry={library.retryNow} />
      </header>
      <main className="library-main">
        <section className="library-dossiers" aria-labelledby={headingId}>
          <h2 id={headingId}>Dossiers</h2>
          {listError !== null && (
            <p className="form-error" role="alert">
              The list could not be loaded: {listError}
            </p>
          )}
          {dossiers === null ? (
            <p className="muted">{waitingText(link)}</p>
          ) : dossiers.length === 0 ? (
            <p className="muted">No dossiers yet: import a story to start one.</p>
          ) : (
            <ul className="dossier-list">
              {dossiers.map((dossier) => (
                <DossierItem key={dossier.id} dossier={dossier} href={hrefFor(dossier.id)} />
              ))}
            </ul>
          )}
          {problems.length > 0 && (
            <details className="banner banner-warning library-problems">
              <summary>{plural(problems.length, 'dossier')} could not be read by the host.</summary>
              <ul>
                {problems.map((problem) => (
                  <li key={problem.id}>
                    <span className="mono">{problem.id}</span>: {problem.reason}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </section>
        <div className="library-side">
          <StoryImport
            connected={link.kind === 'live'}
            onImport={library.importStory}
            hrefFor={hrefFor}
          />
          <JoinInvite hrefFor={hrefFor} />
        </div>
      </main>
    </div>
  )
}
