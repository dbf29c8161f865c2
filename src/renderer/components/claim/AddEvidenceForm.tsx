import { useId, useRef, useState, type FormEvent } from 'react'
import { STANCES, type ClaimView, type Stance } from '../../../shared/dossier'
import { STANCE_WORDS } from '../../../shared/vocabulary'
import { checkEvidence } from '../../logic/claim-input'
import { useDossierStore } from '../../state/hooks'
import { useEditor } from '../../state/identity-context'
import { describeError } from '../../storage/storage-error'
import { FormError } from '../FormError'

const EMPTY = { title: '', url: '', fileHash: '', capturedAt: '', note: '' }
type Field = keyof typeof EMPTY

/**
 * Adds a piece of evidence to the claim. What was typed is checked first and nothing is written
 * while anything is wrong; the new item shows in the list above when the dossier reports it.
 */
export const AddEvidenceForm = ({ claim }: { readonly claim: ClaimView }) => {
  const store = useDossierStore()
  const editor = useEditor()
  const [fields, setFields] = useState(EMPTY)
  const [stance, setStance] = useState<Stance | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const titleRef = useRef<HTMLInputElement>(null)
  const ids = {
    heading: useId(),
    title: useId(),
    url: useId(),
    hash: useId(),
    captured: useId(),
    note: useId(),
    error: useId(),
  }
  const set = (field: Field) => (event: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [field]: event.target.value }))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setDone(null)
    const checked = checkEvidence({ ...fields, stance })
    if (!checked.ok) return setError(checked.error)
    try {
      store.dossier.addEvidence(claim.id, checked.value, editor.signer)
      setFields(EMPTY)
      setStance(null)
      setError(null)
      setDone(`Evidence added: ${checked.value.title}.`)
      titleRef.current?.focus()
    } catch (failure) {
      setError(describeError(failure))
    }
  }

  return (
    <form
      className="claim-form add-evidence"
      onSubmit={submit}
      noValidate
      aria-labelledby={ids.heading}
      aria-describedby={error === null ? undefined : ids.error}
    >
      <h4 id={ids.heading}>Add evidence</h4>
      <label htmlFor={ids.title}>Title</label>
      <input
        id={ids.title}
        ref={titleRef}
        value={fields.title}
        onChange={set('title')}
        required
        aria-invalid={error !== null && fields.title.trim() === ''}
      />
      <label htmlFor={ids.url}>Link (optional)</label>
      <input
        id={ids.url}
        type="url"
        inputMode="url"
        placeholder="https://"
        value={fields.url}
        onChange={set('url')}
      />
      <div className="field-pair">
        <div>
          <label htmlFor={ids.hash}>File hash, SHA-256 (optional)</label>
          <input
            id={ids.hash}
            className="mono"
            spellCheck={false}
            value={fields.fileHash}
            onChange={set('fileHash')}
          />
        </div>
        <div>
          <label htmlFor={ids.captured}>Captured (optional)</label>
          <input
            id={ids.captured}
            type="datetime-local"
            value={fields.capturedAt}
            onChange={set('capturedAt')}
          />
        </div>
      </div>
      <label htmlFor={ids.note}>Note (optional)</label>
      <textarea id={ids.note} rows={2} value={fields.note} onChange={set('note')} />
      <fieldset className="stance-choice">
        <legend>Stance</legend>
        {STANCES.map((option) => (
          <label key={option} className={`stance-option stance-option-${option}`}>
            <input
              type="radio"
              name={`stance-${claim.id}`}
              value={option}
              checked={stance === option}
              onChange={() => setStance(option)}
            />
            <span className="stance-option-title">{STANCE_WORDS[option].label}</span>
            <span className="stance-option-meaning">{STANCE_WORDS[option].meaning}</span>
          </label>
        ))}
      </fieldset>
      <FormError id={ids.error} message={error} />
      <div className="actions">
        <button type="submit">Add evidence</button>
        <span className="signing-note">Added as {editor.signer.name}</span>
      </div>
      {done !== null && (
        <p className="form-done" role="status">
          {done}
        </p>
      )}
    </form>
  )
}
