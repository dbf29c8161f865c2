import { useId, useState, type FormEvent } from 'react'
import { LINK_TYPES, type ClaimView, type LinkType } from '../../../shared/dossier'
import { capitalise, linkPhrase } from '../../../shared/vocabulary'
import { checkOtherClaim, MAX_SHORT } from '../../logic/claim-input'
import { claimNumber } from '../../logic/format'
import { useDossierStore } from '../../state/hooks'
import { useEditor } from '../../state/identity-context'
import { describeError } from '../../storage/storage-error'
import { FormError } from '../FormError'

type Direction = 'out' | 'in'

/** Every way this claim can relate to another: "Revises", "Revised by"... (same-as only once). */
const CHOICES: readonly {
  readonly value: string
  readonly type: LinkType
  readonly direction: Direction
}[] = LINK_TYPES.flatMap((type) =>
  (['out', 'in'] as const)
    .filter(
      (direction) => direction === 'out' || linkPhrase(type, 'in') !== linkPhrase(type, 'out'),
    )
    .map((direction) => ({ value: `${type}:${direction}`, type, direction })),
)

/** Links the open claim to another claim, chosen by its number. */
export const AddLinkForm = ({ claim }: { readonly claim: ClaimView }) => {
  const store = useDossierStore()
  const editor = useEditor()
  const [choice, setChoice] = useState(CHOICES[0]!.value)
  const [other, setOther] = useState('')
  const [note, setNote] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const [badNumber, setBadNumber] = useState(false)
  const ids = { heading: useId(), type: useId(), other: useId(), note: useId(), error: useId() }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setDone(null)
    setBadNumber(false)
    const chosen = CHOICES.find((option) => option.value === choice) ?? CHOICES[0]!
    const target = checkOtherClaim(other, claim, store.dossier.claims())
    if (!target.ok) {
      setBadNumber(true)
      return setError(target.error)
    }
    if (note.length > MAX_SHORT) return setError(`A note has at most ${MAX_SHORT} characters.`)
    const phrase = `${linkPhrase(chosen.type, chosen.direction)} ${claimNumber(target.value.index)}`
    const exists = claim.links.some(
      (link) =>
        link.type === chosen.type &&
        link.other === target.value.id &&
        (link.direction === chosen.direction || chosen.type === 'same-as'),
    )
    if (exists) return setError(`This claim already ${phrase}.`)
    const [from, to] =
      chosen.direction === 'out' ? [claim.id, target.value.id] : [target.value.id, claim.id]
    try {
      const trimmed = note.trim()
      store.dossier.link(from, to, chosen.type, editor.signer, trimmed === '' ? undefined : trimmed)
      setOther('')
      setNote('')
      setError(null)
      setDone(`Linked: ${capitalise(phrase)}.`)
    } catch (failure) {
      setError(describeError(failure))
    }
  }

  return (
    <form
      className="claim-form add-link"
      onSubmit={submit}
      noValidate
      aria-labelledby={ids.heading}
      aria-describedby={error === null ? undefined : ids.error}
    >
      <h4 id={ids.heading}>Add a link</h4>
      <div className="link-row">
        <div>
          <label htmlFor={ids.type}>This claim</label>
          <select id={ids.type} value={choice} onChange={(event) => setChoice(event.target.value)}>
            {CHOICES.map((option) => (
              <option key={option.value} value={option.value}>
                {linkPhrase(option.type, option.direction)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={ids.other}>Claim number</label>
          <input
            id={ids.other}
            className="claim-number-input"
            inputMode="numeric"
            placeholder="#12"
            value={other}
            onChange={(event) => setOther(event.target.value)}
            aria-invalid={badNumber}
          />
        </div>
      </div>
      <label htmlFor={ids.note}>Note (optional)</label>
      <input id={ids.note} value={note} onChange={(event) => setNote(event.target.value)} />
      <FormError id={ids.error} message={error} />
      <div className="actions">
        <button type="submit">Add link</button>
      </div>
      {done !== null && (
        <p className="form-done" role="status">
          {done}
        </p>
      )}
    </form>
  )
}
