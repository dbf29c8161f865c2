import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import {
  claimEditSchemas,
  type Attribution,
  type ClaimEditValues,
  type ClaimKind,
  type ClaimView,
} from '../../../shared/dossier'
import { MAX_SHORT, parseTags } from '../../logic/claim-input'
import { useDossierStore, useMeta } from '../../state/hooks'
import { useEditor } from '../../state/identity-context'
import { describeError } from '../../storage/storage-error'
import { FormError } from '../FormError'

const KINDS: readonly ClaimKind[] = claimEditSchemas.kind.options
const MAX_TEXT = 20_000
const MAX_TAGS = 50

interface Values {
  readonly text: string
  readonly who: string
  readonly role: string
  readonly where: string
  readonly when: string
  readonly kind: ClaimKind
  readonly tags: string
  /** A member's name; '' for nobody. */
  readonly assignee: string
}

const valuesOf = (claim: ClaimView): Values => ({
  text: claim.text,
  who: claim.attribution.who,
  role: claim.attribution.role ?? '',
  where: claim.attribution.where ?? '',
  when: claim.attribution.when ?? '',
  kind: claim.kind,
  tags: claim.tags.join(', '),
  assignee: claim.assignee ?? '',
})

const attributionOf = (values: Values): Attribution => {
  const part = (value: string) => (value.trim() === '' ? undefined : value.trim())
  const role = part(values.role)
  const where = part(values.where)
  const when = part(values.when)
  return {
    who: values.who.trim(),
    ...(role === undefined ? {} : { role }),
    ...(where === undefined ? {} : { where }),
    ...(when === undefined ? {} : { when }),
  }
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, at) => item === b[at])

/**
 * The fields that changed since the form opened, checked; or what is wrong, in words. Comparing
 * with what the form opened on (not the claim now) leaves a colleague's edit of another field be.
 */
const changes = (
  before: Values,
  now: Values,
): { patch: Partial<ClaimEditValues> } | { error: string } => {
  const patch: Partial<ClaimEditValues> = {}
  const text = now.text.trim()
  if (text !== before.text.trim()) {
    if (text === '') return { error: 'The claim text cannot be empty.' }
    if (text.length > MAX_TEXT) return { error: `A claim has at most ${MAX_TEXT} characters.` }
    patch.text = text
  }
  const attribution = attributionOf(now)
  const was = attributionOf(before)
  if (
    attribution.who !== was.who ||
    attribution.role !== was.role ||
    attribution.where !== was.where ||
    attribution.when !== was.when
  ) {
    const words = { who: 'Said by', role: 'Role', where: 'Where', when: 'When' } as const
    for (const [field, label] of Object.entries(words) as [keyof typeof words, string][]) {
      if ((attribution[field] ?? '').length > MAX_SHORT)
        return { error: `${label}: at most ${MAX_SHORT} characters.` }
    }
    patch.attribution = attribution
  }
  if (now.kind !== before.kind) patch.kind = now.kind
  const tags = parseTags(now.tags)
  if (!sameList(tags, parseTags(before.tags))) {
    if (tags.length > MAX_TAGS) return { error: `A claim has at most ${MAX_TAGS} tags.` }
    const long = tags.find((tag) => tag.length > MAX_SHORT)
    if (long !== undefined)
      return { error: `A tag has at most ${MAX_SHORT} characters: “${long.slice(0, 40)}…”.` }
    patch.tags = tags
  }
  if (now.assignee !== before.assignee) patch.assignee = now.assignee === '' ? null : now.assignee
  // The dossier's own rules, last: nothing is written unless every changed field passes them.
  for (const [field, value] of Object.entries(patch) as [
    keyof typeof claimEditSchemas,
    unknown,
  ][]) {
    const result = claimEditSchemas[field].safeParse(value)
    if (!result.success)
      return { error: `${field}: ${result.error.issues[0]?.message ?? 'not a valid value'}` }
  }
  return { patch }
}

interface Props {
  readonly claim: ClaimView
  /** Closes the form; `saved` says whether anything was written. */
  readonly onClose: (saved: boolean) => void
}

/** The claim's text, attribution, kind, tags and assignee, edited in place; Escape cancels. */
export const ClaimEditForm = ({ claim, onClose }: Props) => {
  const store = useDossierStore()
  const editor = useEditor()
  const meta = useMeta()
  const [before] = useState(() => valuesOf(claim))
  const [values, setValues] = useState(before)
  const [error, setError] = useState<string | null>(null)
  const textRef = useRef<HTMLTextAreaElement>(null)
  const ids = {
    heading: useId(),
    text: useId(),
    who: useId(),
    role: useId(),
    where: useId(),
    when: useId(),
    kind: useId(),
    tags: useId(),
    assignee: useId(),
    error: useId(),
  }
  useEffect(() => textRef.current?.focus(), [])

  const set = (field: keyof Values) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }))

  // Whom a claim can be assigned to: the dossier's members, the editor here, whoever it is now.
  const people = [
    ...new Set(
      [
        before.assignee,
        ...store.dossier
          .members()
          .filter((member) => !member.removed)
          .map((member) => member.name),
        editor.signer.name,
      ].filter((name) => name.trim() !== ''),
    ),
  ]

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const result = changes(before, values)
    if ('error' in result) return setError(result.error)
    if (Object.keys(result.patch).length === 0) return onClose(false)
    try {
      store.dossier.editClaim(claim.id, result.patch, editor.signer)
      onClose(true)
    } catch (failure) {
      setError(describeError(failure))
    }
  }

  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    event.preventDefault()
    event.stopPropagation()
    onClose(false)
  }

  const content = { dir: meta.direction, lang: meta.language }
  return (
    <form
      className="claim-form edit-claim"
      onSubmit={submit}
      onKeyDown={cancelOnEscape}
      noValidate
      aria-labelledby={ids.heading}
      aria-describedby={error === null ? undefined : ids.error}
    >
      <h3 id={ids.heading} className="visually-hidden">
        Edit the claim
      </h3>
      <label htmlFor={ids.text}>Claim</label>
      <textarea
        id={ids.text}
        ref={textRef}
        rows={3}
        value={values.text}
        onChange={set('text')}
        required
        aria-invalid={error !== null && values.text.trim() === ''}
        {...content}
      />
      <div className="field-grid">
        <div>
          <label htmlFor={ids.who}>Said by</label>
          <input id={ids.who} value={values.who} onChange={set('who')} {...content} />
        </div>
        <div>
          <label htmlFor={ids.role}>Role</label>
          <input id={ids.role} value={values.role} onChange={set('role')} {...content} />
        </div>
        <div>
          <label htmlFor={ids.where}>Where</label>
          <input id={ids.where} value={values.where} onChange={set('where')} {...content} />
        </div>
        <div>
          <label htmlFor={ids.when}>When</label>
          <input id={ids.when} value={values.when} onChange={set('when')} {...content} />
        </div>
        <div>
          <label htmlFor={ids.kind}>Kind</label>
          <select id={ids.kind} value={values.kind} onChange={set('kind')}>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kind}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={ids.assignee}>Assigned to</label>
          <select id={ids.assignee} value={values.assignee} onChange={set('assignee')}>
            <option value="">nobody</option>
            {people.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <label htmlFor={ids.tags}>Tags (separated by commas)</label>
      <input id={ids.tags} value={values.tags} onChange={set('tags')} />
      <FormError id={ids.error} message={error} />
      <div className="actions">
        <button type="submit">Save changes</button>
        <button type="button" className="secondary" onClick={() => onClose(false)}>
          Cancel
        </button>
        <span className="signing-note">
          Esc cancels · edits are recorded as {editor.signer.name}
        </span>
      </div>
    </form>
  )
}
