import { createContext, useContext, useEffect } from 'react'
import type { ReplicaStatus } from '../sync/dossier-replica'
import type { PresentEditor } from '../sync/presence'

/** What the desk shows and does when its dossier comes from a host; absent in local mode. */
export interface HostDesk {
  readonly status: ReplicaStatus
  /** The other editors with this dossier open. */
  readonly others: readonly PresentEditor[]
  readonly retryNow: () => void
  /** Where the host is, for the editor ("host at 127.0.0.1:5180"). */
  readonly description: string
  /** Where the library is (a link target), for the way back. */
  readonly libraryHref: string
  /** The claim this editor has open, told to the others. */
  readonly setOpenClaim: (claimId: string | null) => void
  /** The host's LAN device key, for this device's role in the members log (`open` gives it). */
  readonly memberKey: string | null
  /** The link to the host itself is read-only (a viewer's link to `dossier serve`). */
  readonly readOnly: boolean
  /** Set when the desk shows a frozen version of the dossier, not the dossier itself. */
  readonly frozen?: FrozenVersion
}

/** A version of the dossier, frozen by an editor, shown read-only. */
export interface FrozenVersion {
  readonly id: string
  readonly name: string
  readonly frozenAt: string
  /** The dossier itself, for the way back. */
  readonly dossierHref: string
}

export const HostDeskContext = createContext<HostDesk | null>(null)

/** Null in local mode: components that show host things then show nothing. */
export const useHostDesk = (): HostDesk | null => useContext(HostDeskContext)

/** Tells the other editors which claim is open here (does nothing in local mode). */
export const useReportOpenClaim = (claimId: string | null): void => {
  const setOpenClaim = useHostDesk()?.setOpenClaim
  useEffect(() => setOpenClaim?.(claimId), [setOpenClaim, claimId])
}

/** Other editors on `claimId`. */
export const useEditorsOn = (claimId: string): readonly PresentEditor[] => {
  const host = useHostDesk()
  if (host === null) return NOBODY
  return host.others.filter((editor) => editor.claimId === claimId)
}

const NOBODY: readonly PresentEditor[] = []
