import { useId, useState, type FormEvent } from 'react'
import type { LibraryView } from '../../app/use-library'
import { errorMessage } from '../../logic/format'
import { DETECT_LANGUAGE, languageParam } from '../../logic/library-file-kind'
import { ImportStatus } from './ImportStatus'
import { LanguageSelect } from './LanguageSelect'
import type { ImportState } from './library-import'

interface Props {
  readonly connected: boolean
  readonly onImport: LibraryView['importStory']
  /** Called when the form is pointed at or focused: the host readies its import worker. */
  readonly onPrepare: LibraryView['prepareImport']
  readonly hrefFor: (dossierId: string) => string
}

/** A story's text pasted in (from a web page, a mail) becomes a dossier as a file would. */
export const StoryPaste = ({ connected, onImport, onPrepare, hrefFor }: Props) => {
  const [state, setState] = useState<ImportState>({ kind: 'idle' })
  const [title, setTitle] = useState('')
  const [text, setText] = useState('')
  const [language, setLanguage] = useState(DETECT_LANGUAGE)
  const id = useId()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (text.trim() === '') {
      return setState({ kind: 'failed', message: 'Paste the story’s text first.' })
    }
    const name = title.trim() === '' ? 'the pasted story' : `“${title.trim()}”`
    setState({ kind: 'busy', name })
    try {
      const dossier = await onImport({
        text,
        ...(title.trim() === '' ? {} : { title: title.trim() }),
        ...languageParam(language),
      })
      setState({ kind: 'done', dossier, verb: 'Imported', warning: null })
      setText('')
      setTitle('')
    } catch (error) {
      // What was pasted stays in the field, to fix and try again.
      setState({ kind: 'failed', message: `The story was not imported: ${errorMessage(error)}` })
    }
  }

  const busy = state.kind === 'busy'
  return (
    <section
      className="story-import"
      aria-labelledby={`${id}-heading`}
      onPointerEnter={onPrepare}
      onFocus={onPrepare}
    >
      <h2 id={`${id}-heading`}>Paste a story</h2>
      <form className="story-paste" onSubmit={(event) => void submit(event)}>
        <label htmlFor={`${id}-title`}>Title (optional)</label>
        <input
          id={`${id}-title`}
          value={title}
          maxLength={500}
          onChange={(event) => setTitle(event.currentTarget.value)}
        />
        <label htmlFor={`${id}-text`}>Story text</label>
        <textarea
          id={`${id}-text`}
          rows={6}
          value={text}
          dir="auto"
          onChange={(event) => setText(event.currentTarget.value)}
        />
        <LanguageSelect value={language} onChange={setLanguage} disabled={busy} />
        <button type="submit" disabled={!connected || busy}>
          Import the text
        </button>
      </form>
      <ImportStatus state={state} hrefFor={hrefFor} />
    </section>
  )
}
