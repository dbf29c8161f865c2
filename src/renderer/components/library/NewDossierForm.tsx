import { useId, useRef, useState, type FormEvent } from 'react'
import type { DossierSummaryWire } from '../../../shared/protocol'
import { errorMessage } from '../../logic/format'
import { NEEDS_HOST } from '../../offline/offline-library'
import { focusField, showAppNotice, useAppCommand } from '../../app/app-command-bus'

interface Props {
  readonly connected: boolean
  readonly onCreate: (title: string, story: string) => Promise<DossierSummaryWire>
  readonly hrefFor: (dossierId: string) => string
}

/** An empty dossier, for a story that is not a file yet: claims are added by hand. */
export const NewDossierForm = ({ connected, onCreate, hrefFor }: Props) => {
  const [title, setTitle] = useState('')
  const [story, setStory] = useState('')
  const [state, setState] = useState<
    | { kind: 'idle' }
    | { kind: 'busy' }
    | { kind: 'done'; dossier: DossierSummaryWire }
    | { kind: 'failed'; message: string }
  >({ kind: 'idle' })
  const id = useId()
  // File ▸ New Dossier in the desktop app.
  const titleField = useRef<HTMLInputElement>(null)
  useAppCommand('new-dossier', () => {
    if (!focusField(titleField.current)) showAppNotice(NEEDS_HOST)
  })
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setState({ kind: 'busy' })
    try {
      const dossier = await onCreate(title.trim(), story.trim())
      setTitle('')
      setStory('')
      setState({ kind: 'done', dossier })
    } catch (error) {
      setState({ kind: 'failed', message: `The dossier was not created: ${errorMessage(error)}` })
    }
  }
  return (
    <form
      className="story-import new-dossier"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => void submit(event)}
    >
      <h2 id={`${id}-heading`}>New dossier</h2>
      <label htmlFor={`${id}-title`}>Title</label>
      <input
        id={`${id}-title`}
        ref={titleField}
        value={title}
        required
        maxLength={500}
        disabled={!connected}
        onChange={(event) => setTitle(event.currentTarget.value)}
      />
      <label htmlFor={`${id}-story`}>Story line (optional)</label>
      <input
        id={`${id}-story`}
        value={story}
        maxLength={500}
        disabled={!connected}
        onChange={(event) => setStory(event.currentTarget.value)}
      />
      <div className="form-actions">
        <button type="submit" disabled={!connected || state.kind === 'busy' || title.trim() === ''}>
          Create
        </button>
      </div>
      {state.kind === 'done' && (
        <p className="form-done" role="status">
          Created “{state.dossier.title}”. <a href={hrefFor(state.dossier.id)}>Open it</a>
        </p>
      )}
      {state.kind === 'failed' && (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      )}
    </form>
  )
}
