import { useId, useState } from 'react'
import type { RemovableKind } from '../../shared/dossier'
import { useDossierStore } from '../state/hooks'
import { useEditor } from '../state/identity-context'
import { describeError } from '../storage/storage-error'
import { FormError } from './FormError'

interface Props {
  readonly kind: RemovableKind
  readonly id: string
  /** The accessible name: what goes, "Remove link to #7". */
  readonly label: string
  /** Where focus goes once the entry (and this button with it) is gone. */
  readonly focusAfter: () => void
}

/**
 * "Remove" beside a link, an evidence item or a comment. The entry stays in the dossier's history
 * (its arrays are append-only) and can be brought back with Undo; no question is asked first.
 */
export const RemoveEntryButton = ({ kind, id, label, focusAfter }: Props) => {
  const store = useDossierStore()
  const editor = useEditor()
  const [error, setError] = useState<string | null>(null)
  const errorId = useId()
  const remove = () => {
    try {
      store.dossier.removeEntry(kind, id, editor.signer)
      focusAfter()
    } catch (failure) {
      setError(describeError(failure))
    }
  }
  return (
    <>
      <button
        type="button"
        className="secondary remove-entry"
        aria-label={label}
        title={label}
        aria-describedby={error === null ? undefined : errorId}
        onClick={remove}
      >
        Remove
      </button>
      <FormError id={errorId} message={error} />
    </>
  )
}
