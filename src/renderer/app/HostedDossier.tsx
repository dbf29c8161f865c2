import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import { BootScreen } from '../components/BootScreen'
import { DossierWaiting } from '../components/DossierWaiting'
import type { HostDesk } from '../state/host-context'
import type { DeviceIdentity } from '../storage/device-identity'
import type { KeyValueStore } from '../storage/key-value-store'
import type { HostConnection } from '../sync/host-connection'
import { Desk } from './Desk'
import { PresenceReporter } from './PresenceReporter'
import { LIBRARY_HREF } from './route'
import { useDropFilesToLibrary } from './dropped-files'
import { useHostAccess } from './use-host-access'
import { useOpenedDossier } from './use-opened-dossier'
import { checkingMessage } from '../logic/signature-words'
import { noteDeviceCopy } from '../offline/library-snapshot'
import { SavedFirstScreen } from '../first-screen/SavedFirstScreen'
import { useFirstScreenSaver } from '../first-screen/use-first-screen-saver'

interface Props {
  readonly connection: HostConnection
  /** Where the host is, for the editor. */
  readonly description: string
  readonly dossierId: string
  readonly identity: DeviceIdentity
  readonly identityStore: KeyValueStore | null
  readonly onRenamed: (identity: DeviceIdentity) => void
}

/**
 * One dossier from the host: painted from this device's copy at once, then kept in sync. While the
 * copy loads, the first screen this device saved last time stands in for the desk (a picture of
 * an earlier check; the statuses come from the copy once its heads are checked).
 */
export const HostedDossier = ({
  connection,
  description,
  dossierId,
  identity,
  identityStore,
  onRenamed,
}: Props) => {
  const state = useOpenedDossier(connection, dossierId)
  useDropFilesToLibrary()
  const [openClaim, setOpenClaim] = useState<string | null>(null)
  const access = useHostAccess(dossierId)
  const opened = state.kind === 'open' ? state.opened : null
  const view = state.kind === 'open' ? state.view : null
  const retryNow = useCallback(() => opened?.replica.retryNow(), [opened])
  // Kept on this device from now on: the library can offer it while the host is away.
  const keptHere = view !== null && view.status.hasCopy && view.status.cacheProblem === null
  useEffect(() => {
    if (keptHere) noteDeviceCopy(connection.scope, dossierId)
  }, [keptHere, connection.scope, dossierId])
  useFirstScreenSaver(view?.store ?? null, connection.scope, dossierId)
  // Until the copy is loaded and its heads checked: what this device showed last time, if saved.
  const firstScreen = (otherwise: ReactNode, progress: string | null = null) => (
    <SavedFirstScreen
      scope={connection.scope}
      dossierId={dossierId}
      description={description}
      progress={progress}
      otherwise={otherwise}
    />
  )
  const host = useMemo<HostDesk | null>(
    () =>
      view === null
        ? null
        : {
            status: view.status,
            others: view.others,
            retryNow,
            description,
            libraryHref: LIBRARY_HREF,
            setOpenClaim,
            ...access,
          },
    [view, retryNow, description, access],
  )

  if (state.kind === 'failed') {
    return (
      <DossierWaiting
        title="This dossier could not be opened"
        message={state.message}
        libraryHref={LIBRARY_HREF}
      />
    )
  }
  if (state.kind === 'opening' || host === null) return firstScreen(<BootScreen />)
  const { store, problem, status, checking } = state.view
  if (store === null && checking !== null && problem === null) {
    return firstScreen(
      <DossierWaiting
        title="Checking signatures"
        message={checkingMessage(checking)}
        libraryHref={LIBRARY_HREF}
      />,
      checkingMessage(checking),
    )
  }
  if (store === null) {
    const waiting = (
      <DossierWaiting
        title={
          problem !== null
            ? 'This dossier cannot be shown'
            : status.link.kind === 'offline'
              ? 'Not on this device'
              : 'Waiting for the host'
        }
        message={problem}
        libraryHref={LIBRARY_HREF}
        status={status}
        onRetry={retryNow}
      />
    )
    // The copy is in, being indexed; without a copy the record is of one this device lost.
    return problem === null && status.hasCopy ? firstScreen(waiting) : waiting
  }
  return (
    <Desk
      store={store}
      identity={identity}
      identityStore={identityStore}
      persistent
      onRenamed={onRenamed}
      host={host}
    >
      <PresenceReporter replica={state.opened.replica} claimId={openClaim} />
    </Desk>
  )
}
