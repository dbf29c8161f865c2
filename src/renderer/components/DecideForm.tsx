import { useId, useState, type FormEvent } from 'react'
import { STATUSES, type ClaimView, type Status } from '../../shared/dossier'
import { STATUS_WORDS } from '../../shared/vocabulary'
import { useDossierStore } from '../state/hooks'
import { useEditor } from '../state/identity-context'
import { describeError } from '../storage/storage-error'
import { FormError } from './FormError'

/**
 * Records a signed decision on the claim's status. A decision supersedes every current head, so
 * on a claim in conflict it resolves all the disagreeing decisions at once; the form says so.
 */
export const DecideForm = ({ claim }: { readonly claim: ClaimView }) => {
  const store = useDossierStore()
  const editor = useEditor()
  const [status, setStatus] = useState<Status | null>(
    claim.state.kind === 'settled' ? claim.state.status : null,
  )
  const [rationale, setRationale] = useState('')
  const [evidenceIds, setEvidenceIds] = useState<ReadonlySet<string>>(new Set())
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const ids = { heading: useId(), rationale: useId(), error: useId() }
  const evidence = store.dossier.evidence(claim.id)
  const conflict = claim.state.kind === 'conflict'

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setDone(null)
    if (status === null) return setError('Choose a status.')
    if (rationale.trim() === '') return setError('Give a rationale: say why the desk decides this.')
    try {
      store.dossier.decide(
        claim.id,
        {
          status,
          rationale: rationale.trim(),
          evidenceIds: evidence.filter((item) => evidenceIds.has(item.id)).map((item) => item.id),
        },
        editor.signer,
      )
      setError(null)
      setRationale('')
      setEvidenceIds(new Set())
      setDone(`Decision recorded: ${STATUS_WORDS[status].word}.`)
    } catch (failure) {
      setError(describeError(failure))
    }
  }

  const toggleEvidence = (id: string, checked: boolean) => {
    const next = new Set(evidenceIds)
    if (checked) next.add(id)
    else next.delete(id)
    setEvidenceIds(next)
  }

  return (
    <section className="detail-section decide" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>{conflict ? 'Resolve the conflict' : 'Decide the status'}</h3>
      {conflict && (
        <p className="decide-conflict">
          This decision resolves both conflicting decisions: it supersedes each of them, and the
          claim takes the status you choose here.
        </p>
      )}
      <form onSubmit={submit} noValidate aria-describedby={error === null ? undefined : ids.error}>
        <fieldset className="status-choice">
          <legend>Status</legend>
          {STATUSES.map((option, index) => (
            <label key={option} className={`status-option status-option-${option}`}>
              <input
                type="radio"
                name={`status-${claim.id}`}
                value={option}
                checked={status === option}
                onChange={() => setStatus(option)}
                data-status-option={option}
                aria-keyshortcuts={String(index + 1)}
              />
              <span className="status-option-title">{STATUS_WORDS[option].label}</span>
              <span className="status-option-meaning">{STATUS_WORDS[option].meaning}</span>
            </label>
          ))}
        </fieldset>
        <label htmlFor={ids.rationale}>Rationale</label>
        <textarea
          id={ids.rationale}
          value={rationale}
          rows={3}
          required
          onChange={(event) => setRationale(event.target.value)}
          data-decide-rationale=""
          aria-invalid={error !== null && rationale.trim() === ''}
        />
        {evidence.length > 0 && (
          <fieldset className="evidence-choice">
            <legend>Evidence this decision relies on</legend>
            {evidence.map((item) => (
              <label key={item.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={evidenceIds.has(item.id)}
                  onChange={(event) => toggleEvidence(item.id, event.target.checked)}
                />
                <span className={`stance stance-${item.stance}`}>{item.stance}</span> {item.title}
              </label>
            ))}
          </fieldset>
        )}
        <FormError id={ids.error} message={error} />
        <div className="actions">
          <button type="submit">{conflict ? 'Resolve conflict' : 'Record decision'}</button>
          <span className="signing-note">Signed as {editor.signer.name}</span>
        </div>
        {done !== null && (
          <p className="form-done" role="status">
            {done}
          </p>
        )}
      </form>
    </section>
  )
}
