import { useId, useRef, useState, type ChangeEvent } from 'react'
import type { LibraryView } from '../../app/use-library'
import { errorMessage } from '../../logic/format'
import { NEEDS_HOST } from '../../offline/offline-library'
import { chooseFileWith, showAppNotice, useAppCommand } from '../../app/app-command-bus'
import { ImportStatus } from './ImportStatus'
import { openDossierFile, type ImportState } from './library-import'

interface Props {
  readonly connected: boolean
  readonly library: Pick<LibraryView, 'importStory' | 'importDossierFile' | 'importJson'>
  readonly hrefFor: (dossierId: string) => string
}

/**
 * A `.dossier` file or a JSON export (`dossier export`, or the app's export) into the library:
 * a dossier new here keeps its id; one already here comes in as a copy. The host checks the file
 * whole first, and says how many decisions in it no signature proves.
 */
export const DossierFileImport = ({ connected, library, hrefFor }: Props) => {
  const [state, setState] = useState<ImportState>({ kind: 'idle' })
  const id = useId()
  // File ▸ Open Dossier File… in the desktop app: this input's file chooser is the system's.
  const fileInput = useRef<HTMLInputElement>(null)
  useAppCommand('open-dossier-file', () => {
    if (!chooseFileWith(fileInput.current) && !connected) showAppNotice(NEEDS_HOST)
  })
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget
    const file = input.files?.[0]
    if (file === undefined) return
    input.value = ''
    setState({ kind: 'busy', name: file.name })
    try {
      setState({ kind: 'done', ...(await openDossierFile(file, library)) })
    } catch (error) {
      setState({ kind: 'failed', message: `${file.name} was not opened: ${errorMessage(error)}` })
    }
  }
  return (
    <section className="story-import" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Open a dossier file</h2>
      <label htmlFor={id}>.dossier file or JSON export</label>
      <input
        id={id}
        ref={fileInput}
        type="file"
        accept=".dossier,.json,application/vnd.verification-desk.dossier,application/json"
        disabled={!connected || state.kind === 'busy'}
        onChange={(event) => void choose(event)}
      />
      <ImportStatus state={state} hrefFor={hrefFor} />
    </section>
  )
}
