import { useId, useRef, useState, type ChangeEvent } from 'react'
import type { LibraryView } from '../app/use-library'
import { errorMessage } from '../logic/format'
import { NEEDS_HOST } from '../offline/offline-library'
import { chooseFileWith, showAppNotice, useAppCommand } from '../app/app-command-bus'
import { DETECT_LANGUAGE, languageParam } from '../logic/library-file-kind'
import { ImportStatus } from './library/ImportStatus'
import { LanguageSelect } from './library/LanguageSelect'
import { importLibraryFile, type ImportState } from './library/library-import'

interface Props {
  /** Importing needs the host: the form is off while it is away. */
  readonly connected: boolean
  readonly library: Pick<
    LibraryView,
    'importStory' | 'prepareImport' | 'importDossierFile' | 'importJson'
  >
  readonly hrefFor: (dossierId: string) => string
}

/**
 * A story file becomes a new dossier on the host, its claims found by the host's ingest, in the
 * language chosen or detected. A PNG, a PDF or a Word document chosen by mistake is refused
 * before anything is sent (`importLibraryFile`).
 */
export const StoryImport = ({ connected, library, hrefFor }: Props) => {
  const [state, setState] = useState<ImportState>({ kind: 'idle' })
  const [language, setLanguage] = useState(DETECT_LANGUAGE)
  const inputId = useId()
  const hintId = useId()
  // File ▸ Import Story… in the desktop app: this input's file chooser is the system's.
  const fileInput = useRef<HTMLInputElement>(null)
  useAppCommand('import-story', () => {
    library.prepareImport()
    if (!chooseFileWith(fileInput.current) && !connected) showAppNotice(NEEDS_HOST)
  })

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget
    const file = input.files?.[0]
    if (file === undefined) return
    input.value = ''
    setState({ kind: 'busy', name: file.name })
    try {
      setState({
        kind: 'done',
        ...(await importLibraryFile(file, library, languageParam(language))),
      })
    } catch (error) {
      setState({ kind: 'failed', message: `${file.name} was not imported: ${errorMessage(error)}` })
    }
  }

  return (
    // Pointing at the form or tabbing into it readies the host's import worker meanwhile.
    <section
      className="story-import"
      aria-labelledby={`${inputId}-title`}
      onPointerEnter={library.prepareImport}
      onFocus={library.prepareImport}
    >
      <h2 id={`${inputId}-title`}>Import a story</h2>
      <LanguageSelect value={language} onChange={setLanguage} disabled={state.kind === 'busy'} />
      <label htmlFor={inputId}>Story file</label>
      <input
        id={inputId}
        ref={fileInput}
        type="file"
        accept=".txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
        aria-describedby={hintId}
        disabled={!connected || state.kind === 'busy'}
        onChange={(event) => void choose(event)}
      />
      <p id={hintId} className="muted">
        Plain text, Markdown or HTML. The host finds the claims in it and makes a new dossier. You
        can also drop a file anywhere on this page.
        {!connected && ' Importing needs the host to be connected.'}
      </p>
      <ImportStatus state={state} hrefFor={hrefFor} />
    </section>
  )
}
