import { useId, useState } from 'react'
import type { ExportFormat } from '../../../shared/protocol'
import { EXPORT_FORMAT_WORDS, EXPORT_FORMAT_ORDER } from '../../logic/export-formats'
import { downloadExport } from '../../logic/download'
import type { SharingRpc } from '../../state/sharing-rpc'
import { errorMessage } from '../../logic/format'
import { readClaimReviewSettings } from '../../../shared/report/claimreview-settings'
import { ClaimReviewFields } from './ClaimReviewFields'
import { recallDraft, rememberDraft } from './claimreview-memory'

/**
 * The dossier as a report or a file, made by the host from its copy and downloaded by the
 * browser (or saved by the desktop app's download handling).
 */
export const ExportPanel = ({
  rpc,
  dossierId,
  initialFormat = 'md',
}: {
  rpc: SharingRpc
  dossierId: string
  /** The format chosen when it opens (File ▸ Export ▸ <format> in the desktop app). */
  initialFormat?: ExportFormat
}) => {
  const [format, setFormat] = useState<ExportFormat>(initialFormat)
  const [state, setState] = useState<
    | { kind: 'idle' }
    | { kind: 'busy' }
    | { kind: 'done'; filename: string }
    | { kind: 'failed'; message: string }
  >({ kind: 'idle' })
  const groupId = useId()
  const [draft, setDraft] = useState(() => recallDraft(dossierId))
  const [problems, setProblems] = useState<readonly string[]>([])
  const run = async () => {
    let claimReview = {}
    if (format === 'claimreview') {
      const read = readClaimReviewSettings(draft)
      if (!read.ok) return setProblems(read.problems)
      claimReview = { claimReview: read.settings }
    }
    setProblems([])
    setState({ kind: 'busy' })
    try {
      const file = await rpc.call('export', { id: dossierId, format, ...claimReview })
      downloadExport(file)
      setState({ kind: 'done', filename: file.filename })
    } catch (error) {
      setState({ kind: 'failed', message: `The export failed: ${errorMessage(error)}` })
    }
  }
  return (
    <div className="export-panel-body">
      <fieldset aria-labelledby={groupId}>
        <legend id={groupId}>Format</legend>
        {EXPORT_FORMAT_ORDER.map((option) => (
          <label key={option} className="export-format">
            <input
              type="radio"
              name="export-format"
              value={option}
              checked={format === option}
              onChange={() => setFormat(option)}
            />
            <span>
              <strong>{EXPORT_FORMAT_WORDS[option].label}</strong>{' '}
              <span className="muted">{EXPORT_FORMAT_WORDS[option].use}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {format === 'claimreview' && (
        <ClaimReviewFields
          draft={draft}
          problems={problems}
          onChange={(next) => {
            setDraft(next)
            rememberDraft(dossierId, next)
          }}
        />
      )}
      <div className="form-actions">
        <button type="button" disabled={state.kind === 'busy'} onClick={() => void run()}>
          Download
        </button>
      </div>
      {state.kind === 'busy' && <p role="status">Preparing the file…</p>}
      {state.kind === 'done' && (
        <p className="form-done" role="status">
          Downloaded {state.filename}.
        </p>
      )}
      {state.kind === 'failed' && (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      )}
    </div>
  )
}
