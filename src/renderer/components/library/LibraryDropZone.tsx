import { useEffect, useEffectEvent, useRef, useState, type DragEvent, type ReactNode } from 'react'
import { onDroppedFiles } from '../../app/dropped-files'
import type { LibraryView } from '../../app/use-library'
import { errorMessage } from '../../logic/format'
import { ImportStatus } from './ImportStatus'
import { importLibraryFile, type ImportState } from './library-import'

interface Props {
  readonly connected: boolean
  readonly library: Pick<
    LibraryView,
    'importStory' | 'prepareImport' | 'importDossierFile' | 'importJson'
  >
  readonly hrefFor: (dossierId: string) => string
  readonly children: ReactNode
}

const carriesFiles = (event: DragEvent): boolean => event.dataTransfer.types.includes('Files')

/**
 * A file dropped anywhere on the library: a story becomes a new dossier, a `.dossier` file or
 * JSON export opens, with the same refusals as the forms (a binary file is refused before
 * anything is sent). The forms beside the list do the same from the keyboard.
 */
export const LibraryDropZone = ({ connected, library, hrefFor, children }: Props) => {
  const [state, setState] = useState<ImportState>({ kind: 'idle' })
  const [over, setOver] = useState(false)
  // dragenter and dragleave fire for every child crossed: count them to know when it left.
  const depth = useRef(0)

  const enter = (event: DragEvent) => {
    if (!carriesFiles(event)) return
    event.preventDefault()
    // A file dragged in is most often a story: the host readies its worker before the drop.
    if (depth.current === 0) library.prepareImport()
    depth.current += 1
    setOver(true)
  }
  const leave = (event: DragEvent) => {
    if (!carriesFiles(event)) return
    depth.current = Math.max(0, depth.current - 1)
    if (depth.current === 0) setOver(false)
  }
  /** One file is imported; more, or none while the host is away, are refused with a reason. */
  const importFiles = async (files: readonly File[]) => {
    const file = files[0]
    if (file === undefined) return
    if (!connected) {
      return setState({
        kind: 'failed',
        message: `${file.name} was not imported: importing needs the host to be connected.`,
      })
    }
    if (files.length > 1) {
      return setState({
        kind: 'failed',
        message: `${files.length} files were dropped; drop one at a time. Nothing was imported.`,
      })
    }
    setState({ kind: 'busy', name: file.name })
    try {
      setState({ kind: 'done', ...(await importLibraryFile(file, library)) })
    } catch (error) {
      setState({ kind: 'failed', message: `${file.name} was not imported: ${errorMessage(error)}` })
    }
  }
  const drop = (event: DragEvent) => {
    if (!carriesFiles(event)) return
    depth.current = 0
    setOver(false)
    // Dropped on one of the forms' file fields: that field takes it, as it would anywhere.
    if (event.target instanceof HTMLInputElement && event.target.type === 'file') return
    event.preventDefault()
    void importFiles([...event.dataTransfer.files])
  }
  // Files dropped on a dossier come here to be imported (app/dropped-files.ts), once the host
  // is connected.
  const importCarried = useEffectEvent((files: readonly File[]) => void importFiles(files))
  useEffect(() => (connected ? onDroppedFiles(importCarried) : undefined), [connected])

  return (
    <div
      className={`library-drop${over ? ' drop-active' : ''}`}
      data-drop-active={over ? 'true' : undefined}
      onDragEnter={enter}
      onDragOver={(event) => {
        if (carriesFiles(event)) event.preventDefault()
      }}
      onDragLeave={leave}
      onDrop={drop}
    >
      {over && (
        <div className="drop-target" aria-hidden="true">
          <p>
            <strong>Drop the file to import it</strong>
            <br />A story becomes a new dossier; a .dossier file or JSON export opens.
          </p>
        </div>
      )}
      <div className="drop-outcome">
        <ImportStatus state={state} hrefFor={hrefFor} />
      </div>
      {children}
    </div>
  )
}
