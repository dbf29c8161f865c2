import { useId, useState } from 'react'
import type { RpcResult } from '../../../shared/protocol'
import { plural, errorMessage } from '../../logic/format'
import type { SharingRpc } from '../../state/sharing-rpc'
import { StatusBadge } from '../StatusBadge'

type VersionWire = RpcResult<'versions'>['versions'][number]
type Diff = RpcResult<'compare'>['diff']
type ClaimRef = Diff['added'][number]

const CURRENT = 'current'

const ClaimLine = ({ claim }: { claim: ClaimRef }) => (
  <>
    <span className="mono">#{claim.number}</span> {claim.text}
  </>
)

const Changes = ({ diff }: { diff: Diff }) => {
  const nothing =
    diff.title === null &&
    diff.added.length +
      diff.removed.length +
      diff.statusChanged.length +
      diff.textChanged.length ===
      0
  if (nothing) return <p role="status">Nothing changed between these two.</p>
  return (
    <div className="version-diff" role="status">
      {diff.title !== null && (
        <p>
          Title: “{diff.title.from}” → “{diff.title.to}”
        </p>
      )}
      {diff.statusChanged.length > 0 && (
        <section>
          <h4>{plural(diff.statusChanged.length, 'status', 'statuses')} changed</h4>
          <ul>
            {diff.statusChanged.map(({ claim, from, to }) => (
              <li key={claim.id}>
                {/* The status change before the text: a claim's text ends in its own punctuation. */}
                <span className="mono">#{claim.number}</span> <StatusBadge label={from} /> →{' '}
                <StatusBadge label={to} /> {claim.text}
              </li>
            ))}
          </ul>
        </section>
      )}
      {diff.added.length > 0 && (
        <section>
          <h4>{plural(diff.added.length, 'claim')} added</h4>
          <ul>
            {diff.added.map((claim) => (
              <li key={claim.id}>
                <ClaimLine claim={claim} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {diff.removed.length > 0 && (
        <section>
          <h4>{plural(diff.removed.length, 'claim')} removed</h4>
          <ul>
            {diff.removed.map((claim) => (
              <li key={claim.id}>
                <ClaimLine claim={claim} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {diff.textChanged.length > 0 && (
        <section>
          <h4>{plural(diff.textChanged.length, 'claim')} reworded</h4>
          <ul>
            {diff.textChanged.map(({ claim, from, to }) => (
              <li key={claim.id}>
                <span className="mono">#{claim.number}</span> “{from}” → “{to}”
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}

/** Two states of the dossier side by side in words: a frozen version against another, or now. */
export const VersionCompare = ({
  rpc,
  dossierId,
  versions,
}: {
  rpc: SharingRpc
  dossierId: string
  versions: readonly VersionWire[]
}) => {
  const [from, setFrom] = useState(versions[versions.length - 1]!.id)
  const [to, setTo] = useState(CURRENT)
  const [diff, setDiff] = useState<Diff | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const fromId = useId()
  const toId = useId()
  const options = [
    ...versions.map((version) => ({ value: version.id, words: `${version.id} “${version.name}”` })),
    { value: CURRENT, words: 'Now (the dossier as it is)' },
  ]
  const compare = async () => {
    setBusy(true)
    setProblem(null)
    try {
      setDiff((await rpc.call('compare', { id: dossierId, from, to })).diff)
    } catch (error) {
      setDiff(null)
      setProblem(`The comparison failed: ${errorMessage(error)}`)
    } finally {
      setBusy(false)
    }
  }
  return (
    <section className="version-compare">
      <h3>Compare</h3>
      <div className="compare-controls">
        <label htmlFor={fromId}>From</label>
        <select id={fromId} value={from} onChange={(event) => setFrom(event.currentTarget.value)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.words}
            </option>
          ))}
        </select>
        <label htmlFor={toId}>to</label>
        <select id={toId} value={to} onChange={(event) => setTo(event.currentTarget.value)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.words}
            </option>
          ))}
        </select>
        <button type="button" disabled={busy} onClick={() => void compare()}>
          Compare
        </button>
      </div>
      {problem !== null && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {diff !== null && <Changes diff={diff} />}
    </section>
  )
}
