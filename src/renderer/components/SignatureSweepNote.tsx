import { sweepNote } from '../logic/signature-words'
import { useSignatureSweep } from '../state/hooks'

/**
 * Where the check of every signature in the dossier's history stands: a quiet line while it
 * runs and once all check out; a warning that cannot be missed when one does not.
 */
export const SignatureSweepNote = () => {
  const note = sweepNote(useSignatureSweep())
  if (note === null) return null
  return (
    <p
      className={`signature-sweep signature-sweep-${note.tone}${note.tone === 'warning' ? ' banner banner-warning' : ''}`}
      role="status"
    >
      {note.tone === 'warning' && <span aria-hidden="true">⚠ </span>}
      {note.text}
    </p>
  )
}
