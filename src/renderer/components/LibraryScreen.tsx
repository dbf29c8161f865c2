import { useId, useMemo, useRef, useState } from 'react'
import type { ReactNode } from 'react'
import type { LibraryView, TrashEntryView } from '../app/use-library'
import type { LinkState } from '../../shared/session'
import {
  LIBRARY_SORTS,
  LIBRARY_SORT_WORDS,
  arrangeDossiers,
  isLibrarySort,
} from '../logic/library-order'
import type { LibrarySort } from '../logic/library-order'
import { plural, errorMessage } from '../logic/format'
import { ConnectionIndicator } from './ConnectionIndicator'
import { StoryImport } from './StoryImport'
import { DossierFileImport } from './library/DossierFileImport'
import { DossierListItem } from './library/DossierListItem'
import { LibraryDropZone } from './library/LibraryDropZone'
import { StoryPaste } from './library/StoryPaste'
import { NewDossierForm } from './library/NewDossierForm'
import { TrashSection } from './library/TrashSection'
import { ThemeSwitch } from './ThemeSwitch'
import { JoinInvite } from './share/JoinInvite'
import { focusField, useAppCommand } from '../app/app-command-bus'

interface Props {
  readonly library: LibraryView
  /** Where the host is, for the editor ("host at 127.0.0.1:5180"). */
  readonly description: string
  readonly hrefFor: (dossierId: string) => string
  /** Shown above the list (the offline note while the host is away). */
  readonly notice?: ReactNode
  /** Why a dossier cannot be opened now, or null when it can (src/renderer/offline/). */
  readonly unavailable?: (dossierId: string) => string | null
}

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

/**
 * The host's dossiers: find and open one; create, import (a file chosen or dropped anywhere on
 * the screen, or a pasted story), rename, duplicate or trash one (with an undo, and a trash to
 * restore from); join one with an invite.
 */
export const LibraryScreen = ({ library, description, hrefFor, notice, unavailable }: Props) => {
  const headingId = useId()
  const searchId = useId()
  const sortId = useId()
  const { dossiers, problems, listError, link, trash } = library
  const [query, setQuery] = useState('')
  const [sort, setSort] = useState<LibrarySort>('updated')
  const [trashed, setTrashed] = useState<TrashEntryView | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const live = link.kind === 'live'
  // Edit ▸ Find Claims in the desktop app: on the library, the dossiers' search.
  const searchField = useRef<HTMLInputElement>(null)
  useAppCommand('find', () => void focusField(searchField.current))
  const shown = useMemo(
    () => (dossiers === null ? null : arrangeDossiers(dossiers, query, sort)),
    [dossiers, query, sort],
  )
  const actions = {
    rename: library.rename,
    duplicate: library.duplicate,
    moveToTrash: async (id: string) => {
      setFailure(null)
      setTrashed(await library.moveToTrash(id))
    },
  }
  const undoTrash = async (entry: TrashEntryView) => {
    setTrashed(null)
    try {
      await library.restore(entry.trashId)
    } catch (error) {
      setFailure(`“${entry.title}” could not be restored: ${errorMessage(error)}`)
    }
  }

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
        <ThemeSwitch />
      </header>
      <LibraryDropZone connected={live} library={library} hrefFor={hrefFor}>
        <main className="library-main">
          <section className="library-dossiers" aria-labelledby={headingId}>
            <h2 id={headingId}>Dossiers</h2>
            {notice}
            <div className="library-toolbar" role="search">
              <label htmlFor={searchId} className="visually-hidden">
                Search dossiers
              </label>
              <input
                id={searchId}
                ref={searchField}
                type="search"
                placeholder="Search dossiers"
                value={query}
                onChange={(event) => setQuery(event.currentTarget.value)}
              />
              <label htmlFor={sortId}>Sort by</label>
              <select
                id={sortId}
                value={sort}
                onChange={(event) => {
                  const value = event.currentTarget.value
                  if (isLibrarySort(value)) setSort(value)
                }}
              >
                {LIBRARY_SORTS.map((option) => (
                  <option key={option} value={option}>
                    {LIBRARY_SORT_WORDS[option]}
                  </option>
                ))}
              </select>
            </div>
            {trashed !== null && (
              <p className="banner library-undo" role="status">
                Moved “{trashed.title}” to the trash.{' '}
                <button type="button" onClick={() => void undoTrash(trashed)}>
                  Undo
                </button>
              </p>
            )}
            {failure !== null && (
              <p className="form-error" role="alert">
                {failure}
              </p>
            )}
            {listError !== null && (
              <p className="form-error" role="alert">
                The list could not be loaded: {listError}
              </p>
            )}
            {shown === null ? (
              <p className="muted">{waitingText(link)}</p>
            ) : dossiers?.length === 0 ? (
              <p className="muted">No dossiers yet: create one, or import a story to start one.</p>
            ) : shown.length === 0 ? (
              <p className="muted">No dossier matches “{query}”.</p>
            ) : (
              <ul className="dossier-list">
                {shown.map((dossier) => (
                  <DossierListItem
                    key={dossier.id}
                    dossier={dossier}
                    href={hrefFor(dossier.id)}
                    actions={actions}
                    canChange={live}
                    onFailure={setFailure}
                    unavailable={unavailable?.(dossier.id) ?? null}
                  />
                ))}
              </ul>
            )}
            {problems.length > 0 && (
              <details className="banner banner-warning library-problems">
                <summary>
                  {plural(problems.length, 'dossier')} could not be read by the host.
                </summary>
                <ul>
                  {problems.map((problem) => (
                    <li key={problem.id}>
                      <span className="mono">{problem.id}</span>: {problem.reason}
                    </li>
                  ))}
                </ul>
              </details>
            )}
            {trash !== null && (
              <TrashSection
                entries={trash}
                canChange={live}
                onRestore={library.restore}
                onDelete={library.emptyTrash}
                onFailure={setFailure}
              />
            )}
          </section>
          <div className="library-side">
            <NewDossierForm connected={live} onCreate={library.create} hrefFor={hrefFor} />
            <StoryImport connected={live} library={library} hrefFor={hrefFor} />
            <StoryPaste
              connected={live}
              onImport={library.importStory}
              onPrepare={library.prepareImport}
              hrefFor={hrefFor}
            />
            <DossierFileImport connected={live} library={library} hrefFor={hrefFor} />
            <JoinInvite hrefFor={hrefFor} />
          </div>
        </main>
      </LibraryDropZone>
    </div>
  )
}
