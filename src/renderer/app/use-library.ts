import { useCallback, useEffect, useState, useSyncExternalStore } from 'react'
import type { DossierSummaryWire } from '../../shared/protocol'
import type { LibraryClient, StoryUpload } from '../sync/library-client'
import type { LinkState } from '../../shared/session'

export interface LibraryView {
  readonly link: LinkState
  /** The last list the host sent; null before the first. */
  readonly dossiers: readonly DossierSummaryWire[] | null
  readonly problems: readonly { readonly id: string; readonly reason: string }[]
  /** Why the last listing failed, when it did. */
  readonly listError: string | null
  readonly importStory: (upload: StoryUpload) => Promise<DossierSummaryWire>
  readonly retryNow: () => void
}

const describe = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

/** The host's library: listed whenever the connection becomes live, and after every import. */
export const useLibrary = (library: LibraryClient): LibraryView => {
  const link = useSyncExternalStore(library.subscribe, () => library.state)
  const [dossiers, setDossiers] = useState<readonly DossierSummaryWire[] | null>(null)
  const [problems, setProblems] = useState<LibraryView['problems']>([])
  const [listError, setListError] = useState<string | null>(null)

  const refresh = useCallback(() => {
    library.list().then(
      (result) => {
        setDossiers(result.dossiers)
        setProblems(result.problems)
        setListError(null)
      },
      (error: unknown) => setListError(describe(error)),
    )
  }, [library])

  const live = link.kind === 'live'
  useEffect(() => {
    if (live) refresh()
  }, [live, refresh])

  const importStory = useCallback(
    async (upload: StoryUpload) => {
      const dossier = await library.importStory(upload)
      refresh()
      return dossier
    },
    [library, refresh],
  )
  return {
    link,
    dossiers,
    problems,
    listError,
    importStory,
    retryNow: () => library.retryNow(),
  }
}
