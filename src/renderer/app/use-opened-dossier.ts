import { useEffect, useState, useSyncExternalStore } from 'react'
import { describeError } from '../storage/storage-error'
import type { HostConnection } from '../sync/host-connection'
import { OpenedDossier } from './opened-dossier'
import type { OpenedDossierView } from './opened-dossier'

export type OpenedDossierState =
  | { readonly kind: 'opening' }
  | { readonly kind: 'open'; readonly opened: OpenedDossier; readonly view: OpenedDossierView }
  | { readonly kind: 'failed'; readonly message: string }

const nothing = (): (() => void) => () => undefined

/** Opens `dossierId` from the host for as long as the component is mounted. */
export const useOpenedDossier = (
  connection: HostConnection,
  dossierId: string,
): OpenedDossierState => {
  const [opened, setOpened] = useState<OpenedDossier | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  useEffect(() => {
    let cancelled = false
    let result: OpenedDossier | null = null
    OpenedDossier.open(connection, dossierId).then(
      (dossier) => {
        if (cancelled) return void dossier.close()
        result = dossier
        setOpened(dossier)
      },
      (error: unknown) => {
        if (!cancelled) setFailure(describeError(error))
      },
    )
    return () => {
      cancelled = true
      if (result !== null) void result.close()
    }
  }, [connection, dossierId])
  const view = useSyncExternalStore(opened?.subscribe ?? nothing, () => opened?.view ?? null)
  if (failure !== null) return { kind: 'failed', message: failure }
  if (opened === null || view === null) return { kind: 'opening' }
  return { kind: 'open', opened, view }
}
