import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import {
  CLAIM_KIND_OPTIONS,
  KIND_WORDS,
  claimFromFields,
  initialFields,
  isClaimKind,
  type NewClaimDraft,
  type NewClaimFields,
} from '../../logic/new-claim-draft'
import { useDossierStore } from '../../state/hooks'
import { useEditor } from '../../state/identity-context'
import { describeError } from '../../storage/storage-error'
import { FormError } from '../FormError'

interface Props {
  readonly draft: NewClaimDraft
  readonly direction: 'ltr' | 'rtl'
  readonly language: string
  readonly onAdded: (id: string) => void
  readonly onCancel: () => void
}

/**
 * A new claim, by hand: from a passage selected in the source (its text, and the speaker and kind
 * the import's rules suggest for the sentence it is in, all editable) or blank. Escape cancels.
 */
export const NewClaimForm = ({ draft, direction, language, onAdded, onCancel }: Props) => {
  const store = useDossierStore()
  const editor = useEditor()
  const [fields, setFields] = useState<NewClaimFields>(() => initialFields(draft))
  const [error, setError] = useState<string | null>(null)
  const ids = { heading: useId(), text: useId(), who: useId(), role: useId(), kind: useId() }
  const errorId = useId()
  const textRef = useRef<HTMLTextAreaElement>(null)

  useEffect(() => {
    textRef.current?.focus()
  }, [])

  const set = (patch: Partial<NewClaimFields>) => setFields((current) => ({ ...current, ...patch }))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const made = claimFromFields(draft, fields)
    if ('error' in made) return setError(made.error)
    try {
      const id = store.dossier.addClaim(made.claim, editor.signer)
      setError(null)
      onAdded(id)
    } catch (failure) {
      setError(describeError(failure))
    }
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    event.preventDefault()
    onCancel()
  }

  const suggested = draft.suggestion
  return (
    <form
      className="new-claim-form"
      aria-labelledby={ids.heading}
      aria-describedby={error === null ? undefined : errorId}
      onSubmit={submit}
      onKeyDown={onKeyDown}
      noValidate
    >
      <h3 id={ids.heading}>{draft.quote === null ? 'New claim' : 'New claim from selection'}</h3>
      <p className="new-claim-note">
        {draft.quote === null
          ? 'Not tied to a passage of the source text.'
          : 'Quotes the selected passage, highlighted when the claim is open.'}
        {suggested !== null &&
          ' Speaker and kind are suggested by the import’s rules for the sentence; change them as needed.'}
      </p>
      {draft.quote !== null && (
        <blockquote className="new-claim-quote" dir={direction} lang={language}>
          {draft.text}
        </blockquote>
      )}
      <div className="field">
        <label htmlFor={ids.text}>Claim</label>
        <textarea
          ref={textRef}
          id={ids.text}
          rows={3}
          dir={direction}
          lang={language}
          value={fields.text}
          onChange={(event) => set({ text: event.target.value })}
          aria-invalid={error !== null && fields.text.trim() === ''}
        />
      </div>
      <div className="new-claim-row">
        <div className="field">
          <label htmlFor={ids.who}>Said by</label>
          <input
            id={ids.who}
            value={fields.who}
            placeholder="unknown"
            dir={direction}
            lang={language}
            onChange={(event) => set({ who: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.role}>Role (optional)</label>
          <input
            id={ids.role}
            value={fields.role}
            dir={direction}
            lang={language}
            onChange={(event) => set({ role: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.kind}>Kind</label>
          <select
            id={ids.kind}
            value={fields.kind}
            onChange={(event) => {
              const kind = event.target.value
              if (isClaimKind(kind)) set({ kind })
            }}
          >
            {CLAIM_KIND_OPTIONS.map((kind) => (
              <option key={kind} value={kind}>
                {KIND_WORDS[kind]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <FormError id={errorId} message={error} />
      <div className="actions">
        <button type="submit">Add claim</button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
        <span className="signing-note">Signed as {editor.signer.name}</span>
      </div>
    </form>
  )
}
