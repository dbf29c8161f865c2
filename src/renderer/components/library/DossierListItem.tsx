import { useId, useState, type FormEvent, type KeyboardEvent } from 'react'
import { STATUS_LABELS } from '../../../shared/dossier'
import type { DossierSummaryWire } from '../../../shared/protocol'
import { STATUS_WORDS } from '../../../shared/vocabulary'
import { formatTime, plural, errorMessage } from '../../logic/format'

export interface DossierActions {
  readonly rename: (id: string, title: string, story: string) => Promise<unknown>
  readonly duplicate: (id: string) => Promise<unknown>
  readonly moveToTrash: (id: string) => Promise<unknown>
}

interface Props {
  readonly dossier: DossierSummaryWire
  readonly href: string
  readonly actions: DossierActions
  /** Changes need the host and an editor's role. */
  readonly canChange: boolean
  readonly onFailure: (message: string) => void
  /** Why it cannot be opened now (the host is away and this browser holds no copy of it). */
  readonly unavailable?: string | null
}

const RenameForm = ({
  dossier,
  onSave,
  onCancel,
}: {
  dossier: DossierSummaryWire
  onSave: (title: string, story: string) => Promise<void>
  onCancel: () => void
}) => {
  const [title, setTitle] = useState(dossier.title)
  const [story, setStory] = useState(dossier.story)
  const [busy, setBusy] = useState(false)
  const id = useId()
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    try {
      await onSave(title.trim(), story.trim())
    } finally {
      setBusy(false)
    }
  }
  const escape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onCancel()
  }
  return (
    <form className="dossier-rename" onSubmit={(event) => void submit(event)} onKeyDown={escape}>
      <label htmlFor={`${id}-title`}>Title</label>
      <input
        id={`${id}-title`}
        value={title}
        required
        maxLength={500}
        autoFocus
        onChange={(event) => setTitle(event.currentTarget.value)}
      />
      <label htmlFor={`${id}-story`}>Story line</label>
      <input
        id={`${id}-story`}
        value={story}
        maxLength={500}
        onChange={(event) => setStory(event.currentTarget.value)}
      />
      <div className="form-actions">
        <button type="submit" disabled={busy || title.trim() === ''}>
          Save
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}

/** The dossier's title and counts: a link to it, or, when it cannot be opened now, why not. */
const DossierSummary = ({
  dossier,
  href,
  unavailable,
}: {
  dossier: DossierSummaryWire
  href: string
  unavailable: string | null
}) => {
  const content = (
    <>
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
    </>
  )
  if (unavailable === null) {
    return (
      <a className="dossier-link" href={href}>
        {content}
      </a>
    )
  }
  return (
    <div className="dossier-link dossier-unavailable">
      {content}
      <span className="dossier-offline">{unavailable}</span>
    </div>
  )
}

/** One dossier of the library: open it, or rename, duplicate or trash it. */
export const DossierListItem = ({
  dossier,
  href,
  actions,
  canChange,
  onFailure,
  unavailable = null,
}: Props) => {
  const [renaming, setRenaming] = useState(false)
  const [busy, setBusy] = useState(false)
  /** Whether it worked; when not, the editor is told why. */
  const act = async (what: string, work: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true)
    try {
      await work()
      return true
    } catch (error) {
      onFailure(`${what} “${dossier.title}” failed: ${errorMessage(error)}`)
      return false
    } finally {
      setBusy(false)
    }
  }
  return (
    <li className="dossier-item" data-dossier={dossier.id}>
      {renaming ? (
        <RenameForm
          dossier={dossier}
          onCancel={() => setRenaming(false)}
          onSave={async (title, story) => {
            if (await act('Renaming', () => actions.rename(dossier.id, title, story)))
              setRenaming(false)
          }}
        />
      ) : (
        <DossierSummary dossier={dossier} href={href} unavailable={unavailable} />
      )}
      {canChange && !renaming && (
        <div className="dossier-actions" role="group" aria-label={`${dossier.title}: actions`}>
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => setRenaming(true)}
          >
            Rename
          </button>
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => void act('Duplicating', () => actions.duplicate(dossier.id))}
          >
            Duplicate
          </button>
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => void act('Moving to the trash', () => actions.moveToTrash(dossier.id))}
          >
            Move to trash
          </button>
        </div>
      )}
    </li>
  )
}
