import { useCallback, useEffect, useState, useSyncExternalStore } from 'react'
import type { DossierSummaryWire, RpcResult } from '../../shared/protocol'
import type { LibraryClient, StoryUpload } from '../sync/library-client'
import type { LinkState } from '../../shared/session'
import { errorMessage } from '../logic/format'
import { DEFAULT_EDITOR_NAME } from '../storage/device-identity'

export type TrashEntryView = RpcResult<'trashList'>['entries'][number]

/** A dossier file or JSON export brought in, with the decisions in it no signature proves. */
export type ImportedDossier = RpcResult<'import'>

export interface LibraryView {
  readonly link: LinkState
  /** The last list the host sent; null before the first. */
  readonly dossiers: readonly DossierSummaryWire[] | null
  readonly problems: readonly { readonly id: string; readonly reason: string }[]
  /** What the trash holds, newest first; null before the first listing. */
  readonly trash: readonly TrashEntryView[] | null
  /** Why the last listing failed, when it did. */
  readonly listError: string | null
  readonly importStory: (upload: StoryUpload) => Promise<DossierSummaryWire>
  /** The editor is about to import a story (the form is in use): the host readies its worker. */
  readonly prepareImport: () => void
  /** A `.dossier` file, as its bytes. */
  readonly importDossierFile: (bytes: Uint8Array) => Promise<ImportedDossier>
  /** A JSON export (`dossier export --format json`), as its text. */
  readonly importJson: (text: string) => Promise<ImportedDossier>
  readonly create: (title: string, story: string) => Promise<DossierSummaryWire>
  readonly rename: (id: string, title: string, story: string) => Promise<DossierSummaryWire>
  readonly duplicate: (id: string) => Promise<DossierSummaryWire>
  /** Moves a dossier to the trash; the entry is what `restore` takes to undo it. */
  readonly moveToTrash: (id: string) => Promise<TrashEntryView>
  readonly restore: (entry: string) => Promise<DossierSummaryWire>
  /** One entry for good, or the whole trash without one. */
  readonly emptyTrash: (entry?: string) => Promise<number>
  readonly retryNow: () => void
}

/** The page's name, unless it is still the placeholder a new key gets (the host's then counts). */
const byEditor = (name: string | undefined): { by?: string } =>
  name === undefined || name.trim() === '' || name === DEFAULT_EDITOR_NAME ? {} : { by: name }

/** Bytes as base64, in slices: `String.fromCharCode(...bytes)` overflows the stack on megabytes. */
const toBase64 = (bytes: Uint8Array): string => {
  let binary = ''
  for (let start = 0; start < bytes.length; start += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000))
  return btoa(binary)
}

/**
 * The host's library: listed (with its trash) whenever the connection becomes live, and again
 * after every change made from here. `editorName` is the name this page signs with: stories
 * imported from here are recorded as that editor's (docs/ingest.md).
 */
export const useLibrary = (library: LibraryClient, editorName?: string): LibraryView => {
  const link = useSyncExternalStore(library.subscribe, () => library.state)
  const [dossiers, setDossiers] = useState<readonly DossierSummaryWire[] | null>(null)
  const [problems, setProblems] = useState<LibraryView['problems']>([])
  const [trash, setTrash] = useState<readonly TrashEntryView[] | null>(null)
  const [listError, setListError] = useState<string | null>(null)

  const refresh = useCallback(() => {
    library.list().then(
      (listed) => {
        setDossiers(listed.dossiers)
        setProblems(listed.problems)
        setListError(null)
      },
      (error: unknown) => setListError(errorMessage(error)),
    )
    // The trash is listed on its own: a host that cannot list it still lists the dossiers.
    library.call('trashList', {}).then(
      (trashed) => setTrash(trashed.entries),
      () => setTrash(null),
    )
  }, [library])

  const live = link.kind === 'live'
  useEffect(() => {
    if (live) refresh()
  }, [live, refresh])

  /** Runs a change, then lists again whether it worked or not (it may have half-happened). */
  const changing = useCallback(
    <T>(work: () => Promise<T>): Promise<T> => work().finally(refresh),
    [refresh],
  )

  return {
    link,
    dossiers,
    problems,
    trash,
    listError,
    importStory: (upload) =>
      changing(() => library.importStory({ ...upload, ...byEditor(editorName) })),
    prepareImport: () => {
      if (live) library.prepareImport()
    },
    importDossierFile: (bytes) =>
      changing(() => library.call('import', { kind: 'dossier-file', data: toBase64(bytes) })),
    importJson: (text) => changing(() => library.call('import', { kind: 'json', text })),
    create: (title, story) =>
      changing(async () => {
        const { dossier } = await library.call('create', {
          title,
          ...(story === '' ? {} : { story }),
        })
        return dossier
      }),
    rename: (id, title, story) =>
      changing(async () => (await library.call('rename', { id, title, story })).dossier),
    duplicate: (id) => changing(async () => (await library.call('duplicate', { id })).dossier),
    moveToTrash: (id) => changing(async () => (await library.call('trash', { id })).entry),
    restore: (entry) => changing(async () => (await library.call('restore', { entry })).dossier),
    emptyTrash: (entry) =>
      changing(
        async () =>
          (await library.call('emptyTrash', entry === undefined ? {} : { entry })).removed,
      ),
    retryNow: () => library.retryNow(),
  }
}
