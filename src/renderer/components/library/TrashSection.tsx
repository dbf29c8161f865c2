import { useId, useState } from 'react'
import type { TrashEntryView } from '../../app/use-library'
import { formatTime, plural, errorMessage } from '../../logic/format'

interface Props {
  readonly entries: readonly TrashEntryView[]
  readonly canChange: boolean
  readonly onRestore: (entry: string) => Promise<unknown>
  readonly onDelete: (entry?: string) => Promise<unknown>
  readonly onFailure: (message: string) => void
}

/**
 * What was moved to the trash: restored whole (with its versions), or deleted for good, one by
 * one or all at once, each after a second click that says what it destroys.
 */
export const TrashSection = ({ entries, canChange, onRestore, onDelete, onFailure }: Props) => {
  const headingId = useId()
  const [confirming, setConfirming] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const act = async (what: string, work: () => Promise<unknown>) => {
    setBusy(true)
    try {
      await work()
    } catch (error) {
      onFailure(`${what} failed: ${errorMessage(error)}`)
    } finally {
      setBusy(false)
      setConfirming(null)
    }
  }
  if (entries.length === 0) return null
  return (
    <details className="library-trash">
      <summary id={headingId}>Trash ({plural(entries.length, 'dossier')})</summary>
      <ul className="trash-list" aria-labelledby={headingId}>
        {entries.map((entry) => (
          <li key={entry.trashId} className="trash-item">
            <span className="trash-title">{entry.title}</span>
            <span className="muted">moved to the trash {formatTime(entry.deletedAt)}</span>
            {canChange && (
              <span className="trash-actions">
                <button
                  type="button"
                  className="secondary"
                  disabled={busy}
                  onClick={() =>
                    void act(`Restoring “${entry.title}”`, () => onRestore(entry.trashId))
                  }
                >
                  Restore
                </button>
                {confirming === entry.trashId ? (
                  <button
                    type="button"
                    className="danger"
                    disabled={busy}
                    onClick={() =>
                      void act(`Deleting “${entry.title}”`, () => onDelete(entry.trashId))
                    }
                  >
                    Delete “{entry.title}” for good
                  </button>
                ) : (
                  <button
                    type="button"
                    className="secondary"
                    disabled={busy}
                    onClick={() => setConfirming(entry.trashId)}
                  >
                    Delete for good…
                  </button>
                )}
              </span>
            )}
          </li>
        ))}
      </ul>
      {canChange &&
        (confirming === 'all' ? (
          <button
            type="button"
            className="danger"
            disabled={busy}
            onClick={() => void act('Emptying the trash', () => onDelete())}
          >
            Delete all {plural(entries.length, 'dossier')} for good
          </button>
        ) : (
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => setConfirming('all')}
          >
            Empty the trash…
          </button>
        ))}
    </details>
  )
}
