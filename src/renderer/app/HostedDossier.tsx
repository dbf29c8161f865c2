import { useCallback, useMemo, useState } from 'react'
import { BootScreen } from '../components/BootScreen'
import { DossierWaiting } from '../components/DossierWaiting'
import type { HostDesk } from '../state/host-context'
import type { DeviceIdentity } from '../storage/device-identity'
import type { KeyValueStore } from '../storage/key-value-store'
import type { HostConnection } from '../sync/host-connection'
import { Desk } from './Desk'
import { PresenceReporter } from './PresenceReporter'
import { LIBRARY_HREF } from './route'
import { useHostAccess } from './use-host-access'
import { useOpenedDossier } from './use-opened-dossier'
import { checkingMessage } from '../logic/signature-words'

interface Props {
  readonly connection: HostConnection
  /** Where the host is, for the editor. */
  readonly description: string
  readonly dossierId: string
  readonly identity: DeviceIdentity
  readonly identityStore: KeyValueStore | null
  readonly onRenamed: (identity: DeviceIdentity) => void
}

/** One dossier from the host: painted from this device's copy at once, then kept in sync. */
export const HostedDossier = ({
  connection,
  description,
  dossierId,
  identity,
  identityStore,
  onRenamed,
}: Props) => {
  const state = useOpenedDossier(connection, dossierId)
  const [openClaim, setOpenClaim] = useState<string | null>(null)
  const access = useHostAccess(dossierId)
  const opened = state.kind === 'open' ? state.opened : null
  const view = state.kind === 'open' ? state.view : null
  const retryNow = useCallback(() => opened?.replica.retryNow(), [opened])
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
  if (state.kind === 'opening' || host === null) return <BootScreen />
  const { store, problem, status, checking } = state.view
  if (store === null && checking !== null && problem === null) {
    return (
      <DossierWaiting
        title="Checking signatures"
        message={checkingMessage(checking)}
        libraryHref={LIBRARY_HREF}
      />
    )
  }
  if (store === null) {
    return (
      <DossierWaiting
        title={problem === null ? 'Waiting for the host' : 'This dossier cannot be shown'}
        message={problem}
        libraryHref={LIBRARY_HREF}
        status={status}
        onRetry={retryNow}
      />
    )
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
