import { useId, useState, type FormEvent } from 'react'
import { useEditor } from '../state/identity-context'
import { describeError } from '../storage/storage-error'
import { KeyProtectionNote } from './KeyProtectionNote'

/** Who signs this device's entries; the name is editable, the key is not. */
export const IdentityEditor = () => {
  const editor = useEditor()
  const [draft, setDraft] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const inputId = useId()
  const errorId = useId()

  const save = (event: FormEvent) => {
    event.preventDefault()
    if (draft === null) return
    editor.rename(draft).then(
      () => {
        setDraft(null)
        setError(null)
      },
      (failure: unknown) => setError(describeError(failure)),
    )
  }

  if (draft === null) {
    return (
      <div className="identity">
        <span className="identity-label">Signing as</span>{' '}
        <strong className="identity-name">{editor.signer.name}</strong>{' '}
        <span className="key" title={`Device key ${editor.signer.publicKey}`}>
          key {editor.signer.publicKey.slice(0, 8)}
        </span>
        <button type="button" className="link-button" onClick={() => setDraft(editor.signer.name)}>
          Change name
        </button>
      </div>
    )
  }
  return (
    <form className="identity identity-form" onSubmit={save}>
      <label htmlFor={inputId}>Your name</label>
      <input
        id={inputId}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        aria-invalid={error !== null}
        aria-describedby={error === null ? undefined : errorId}
        autoFocus
        maxLength={80}
      />
      <button type="submit">Save</button>
      <button
        type="button"
        className="secondary"
        onClick={() => {
          setDraft(null)
          setError(null)
        }}
      >
        Cancel
      </button>
      {error !== null && (
        <p id={errorId} className="form-error" role="alert">
          {error}
        </p>
      )}
      <KeyProtectionNote />
    </form>
  )
}
