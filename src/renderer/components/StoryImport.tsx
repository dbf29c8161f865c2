import { useId, useState, type ChangeEvent } from 'react'
import { SNIFF_BYTES, sniffBytes } from '../../shared/ingest/story-sniff'
import type { DossierSummaryWire } from '../../shared/protocol'
import { plural, errorMessage } from '../logic/format'
import { MAX_STORY_BYTES, storyFormatOf } from '../sync/library-client'
import type { StoryUpload } from '../sync/library-client'

type ImportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy'; readonly filename: string }
  | { readonly kind: 'done'; readonly dossier: DossierSummaryWire }
  | { readonly kind: 'failed'; readonly message: string }

interface Props {
  /** Importing needs the host: the form is off while it is away. */
  readonly connected: boolean
  readonly onImport: (upload: StoryUpload) => Promise<DossierSummaryWire>
  readonly hrefFor: (dossierId: string) => string
}

/**
 * The file's text, once its first bytes show it is text: a PNG, a PDF or a Word document chosen
 * by mistake is refused here, saying what it is, before anything is sent. UTF-16 with a byte
 * order mark is decoded as such (`File.text()` reads only UTF-8).
 */
const readStory = async (file: File): Promise<string> => {
  const verdict = sniffBytes(new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer()))
  if (!verdict.ok) throw new Error(verdict.message)
  if (verdict.encoding === 'utf-8') return file.text()
  return new TextDecoder(verdict.encoding).decode(await file.arrayBuffer())
}

/** A story file becomes a new dossier on the host, its claims found by the host's ingest. */
export const StoryImport = ({ connected, onImport, hrefFor }: Props) => {
  const [state, setState] = useState<ImportState>({ kind: 'idle' })
  const inputId = useId()
  const hintId = useId()

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget
    const file = input.files?.[0]
    if (file === undefined) return
    input.value = ''
    if (file.size > MAX_STORY_BYTES) {
      return setState({
        kind: 'failed',
        message: `${file.name} is too large to import (over 3 MB).`,
      })
    }
    setState({ kind: 'busy', filename: file.name })
    try {
      const text = await readStory(file)
      const format = storyFormatOf(file.name)
      const dossier = await onImport({
        text,
        filename: file.name,
        ...(format === undefined ? {} : { format }),
      })
      setState({ kind: 'done', dossier })
    } catch (error) {
      setState({ kind: 'failed', message: `${file.name} was not imported: ${errorMessage(error)}` })
    }
  }

  return (
    <section className="story-import" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>Import a story</h2>
      <label htmlFor={inputId}>Story file</label>
      <input
        id={inputId}
        type="file"
        accept=".txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
        aria-describedby={hintId}
        disabled={!connected || state.kind === 'busy'}
        onChange={(event) => void choose(event)}
      />
      <p id={hintId} className="muted">
        Plain text, Markdown or HTML. The host finds the claims in it and makes a new dossier.
        {!connected && ' Importing needs the host to be connected.'}
      </p>
      {state.kind === 'busy' && <p role="status">Importing {state.filename}…</p>}
      {state.kind === 'done' && (
        <p className="form-done" role="status">
          Imported “{state.dossier.title}” with {plural(state.dossier.claims, 'claim')}.{' '}
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
