import { useEffect } from 'react'
import { LIBRARY_HREF } from './route'

/**
 * Files dropped on a dossier, carried to the library, whose drop zone imports them as if they
 * had been dropped there (LibraryDropZone): the desktop app's one window shows a dossier most of
 * the time, and a file dragged onto it must not be lost (the navigation lock refuses `file:`).
 */
let held: { readonly files: readonly File[]; readonly until: number } | null = null

/** As long as the library may take to come up. */
const HOLD_MS = 30_000

export const holdDroppedFiles = (files: readonly File[]): void => {
  held = { files, until: Date.now() + HOLD_MS }
}

/** The files dropped on a dossier, once; none when they were taken or are too old. */
export const takeDroppedFiles = (): readonly File[] => {
  const taken = held
  held = null
  return taken !== null && Date.now() <= taken.until ? taken.files : []
}

/**
 * Gives `take` the files dropped on a dossier, if any, once the current render is done: the
 * library's drop zone subscribes while it can import. Returns an unsubscribe.
 */
export const onDroppedFiles = (take: (files: readonly File[]) => void): (() => void) => {
  let subscribed = true
  queueMicrotask(() => {
    if (!subscribed) return
    const files = takeDroppedFiles()
    if (files.length > 0) take(files)
  })
  return () => {
    subscribed = false
  }
}

const carriesFiles = (event: DragEvent): boolean =>
  event.dataTransfer?.types.includes('Files') ?? false

/** A file field takes what is dropped on it, as anywhere (evidence's file hash). */
const onFileField = (event: DragEvent): boolean =>
  event.target instanceof HTMLInputElement && event.target.type === 'file'

/**
 * While a dossier of a host is shown: a file dropped anywhere on it goes to the library, which
 * imports it and says how that went.
 */
export const useDropFilesToLibrary = (): void => {
  useEffect(() => {
    const over = (event: DragEvent) => {
      if (carriesFiles(event) && !onFileField(event)) event.preventDefault()
    }
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event) || onFileField(event) || event.defaultPrevented) return
      event.preventDefault()
      const files = [...(event.dataTransfer?.files ?? [])]
      if (files.length === 0) return
      holdDroppedFiles(files)
      window.location.assign(LIBRARY_HREF)
    }
    window.addEventListener('dragover', over)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragover', over)
      window.removeEventListener('drop', drop)
    }
  }, [])
}
