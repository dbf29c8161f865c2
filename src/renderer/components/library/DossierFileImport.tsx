import { useId, useState, type ChangeEvent } from 'react'
import type { DossierSummaryWire } from '../../../shared/protocol'
import { plural, errorMessage } from '../../logic/format'

/** The contract's cap on a `.dossier` file sent to the host (base64 of at most 6 MiB). */
const MAX_FILE_BYTES = Math.floor((6 * 1024 * 1024 * 3) / 4)

interface Props {
  readonly connected: boolean
  readonly onImport: (bytes: Uint8Array) => Promise<DossierSummaryWire>
  readonly hrefFor: (dossierId: string) => string
}

/**
 * A `.dossier` file (from `dossier export`, or the app's export) into the library: a dossier new
 * here keeps its id; one already here comes in as a copy. The host checks the file whole first.
 */
export const DossierFileImport = ({ connected, onImport, hrefFor }: Props) => {
  const [state, setState] = useState<
    | { kind: 'idle' }
    | { kind: 'busy'; name: string }
    | { kind: 'done'; dossier: DossierSummaryWire }
    | { kind: 'failed'; message: string }
  >({ kind: 'idle' })
  const id = useId()
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget
    const file = input.files?.[0]
    if (file === undefined) return
    input.value = ''
    if (file.size > MAX_FILE_BYTES) {
      return setState({
        kind: 'failed',
        message: `${file.name} is too large to open here (over 4.5 MB); import it with \`dossier import\` instead.`,
      })
    }
    setState({ kind: 'busy', name: file.name })
    try {
      const dossier = await onImport(new Uint8Array(await file.arrayBuffer()))
      setState({ kind: 'done', dossier })
    } catch (error) {
      setState({ kind: 'failed', message: `${file.name} was not opened: ${errorMessage(error)}` })
    }
  }
  return (
    <section className="story-import" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Open a dossier file</h2>
      <label htmlFor={id}>.dossier file</label>
      <input
        id={id}
        type="file"
        accept=".dossier,application/vnd.verification-desk.dossier"
        disabled={!connected || state.kind === 'busy'}
        onChange={(event) => void choose(event)}
      />
      {state.kind === 'busy' && <p role="status">Opening {state.name}…</p>}
      {state.kind === 'done' && (
        <p className="form-done" role="status">
          Added “{state.dossier.title}” with {plural(state.dossier.claims, 'claim')}.{' '}
          <a href={hrefFor(state.dossier.id)}>Open it</a>
        </p>
      )}
      {state.kind === 'failed' && (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      )}
    </section>
  )
}
