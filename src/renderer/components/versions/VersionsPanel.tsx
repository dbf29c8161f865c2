import { useCallback, useEffect, useId, useState, type FormEvent } from 'react'
import type { RpcResult } from '../../../shared/protocol'
import { versionHref } from '../../app/route'
import { formatTime, plural, errorMessage } from '../../logic/format'
import type { SharingRpc } from '../../state/sharing-rpc'
import { VersionCompare } from './VersionCompare'

type VersionWire = RpcResult<'versions'>['versions'][number]

interface Props {
  readonly rpc: SharingRpc
  readonly dossierId: string
  /** Viewers may look and compare, not freeze. */
  readonly canFreeze: boolean
}

/** Freeze the dossier as it is now under a name; open a version read-only; compare two states. */
export const VersionsPanel = ({ rpc, dossierId, canFreeze }: Props) => {
  const [versions, setVersions] = useState<readonly VersionWire[] | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [name, setName] = useState('')
  const [busy, setBusy] = useState(false)
  const [frozen, setFrozen] = useState<VersionWire | null>(null)
  const nameId = useId()
  const listId = useId()

  const refresh = useCallback(
    () =>
      rpc.call('versions', { id: dossierId }).then(
        (answer) => setVersions(answer.versions),
        (error: unknown) => setProblem(`The versions could not be listed: ${errorMessage(error)}`),
      ),
    [rpc, dossierId],
  )
  useEffect(() => void refresh(), [refresh])

  const freeze = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setProblem(null)
    try {
      const { version } = await rpc.call('freeze', { id: dossierId, name: name.trim() })
      setFrozen(version)
      setName('')
      await refresh()
    } catch (error) {
      setProblem(`The version was not frozen: ${errorMessage(error)}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="versions-panel-body">
      <p className="muted">
        A version is the dossier frozen as it is at that moment: freeze one when a report goes out,
        open it later exactly as it was, and compare it with another or with now.
      </p>
      {canFreeze && (
        <form className="freeze-form" onSubmit={(event) => void freeze(event)}>
          <label htmlFor={nameId}>Name of the new version</label>
          <input
            id={nameId}
            value={name}
            required
            maxLength={200}
            placeholder="Published 28 Nov"
            onChange={(event) => setName(event.currentTarget.value)}
          />
          <button type="submit" disabled={busy || name.trim() === ''}>
            Freeze version
          </button>
        </form>
      )}
      {frozen !== null && (
        <p className="form-done" role="status">
          Froze {frozen.id}, “{frozen.name}”, with {plural(frozen.claims, 'claim')}.
        </p>
      )}
      {problem !== null && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <h3 id={listId}>Frozen versions</h3>
      {versions === null ? (
        <p className="muted">Loading…</p>
      ) : versions.length === 0 ? (
        <p className="muted">No version has been frozen yet.</p>
      ) : (
        <ul className="version-list" aria-labelledby={listId}>
          {versions.map((version) => (
            <li key={version.id} className="version-item">
              <span className="version-name">
                <span className="mono">{version.id}</span> “{version.name}”
              </span>
              <span className="muted">
                frozen {formatTime(version.frozenAt)}, {plural(version.claims, 'claim')}
              </span>
              <a href={versionHref(dossierId, version.id)}>Open {version.id} read-only</a>
            </li>
          ))}
        </ul>
      )}
      {versions !== null && versions.length > 0 && (
        <VersionCompare rpc={rpc} dossierId={dossierId} versions={versions} />
      )}
    </div>
  )
}
