import { useEffect, useMemo, useState } from 'react'
import { BootScreen } from '../components/BootScreen'
import { LibraryScreen } from '../components/LibraryScreen'
import { StartFailure } from '../components/StartFailure'
import type { DeviceIdentity } from '../storage/device-identity'
import type { LibraryClient } from '../sync/library-client'
import type { HostAccess } from './host-mode'
import { HostedDossier } from './HostedDossier'
import { VersionDesk } from './VersionDesk'
import { SharingRpcContext } from '../state/sharing-rpc'
import { dossierHref, useRoute } from './route'
import { useDeviceIdentity } from './use-device-identity'
import { useHostConnection } from './use-host-connection'
import { useLibrary } from './use-library'
import { needingHost } from '../offline/needs-host'
import { NOT_ON_DEVICE } from '../offline/offline-library'
import { OfflineNote } from '../offline/OfflineNote'
import { registerShellWorker } from '../offline/shell-worker'
import { useOfflineLibrary } from '../offline/use-offline-library'
import { SavedFirstScreen } from '../first-screen/SavedFirstScreen'

/**
 * The host's library; while the host is away, the list this browser last had, with the dossiers
 * it holds no copy of marked as such (docs/ui.md, "A tab opened while the host is down").
 */
const Library = ({
  library,
  host,
  editorName,
}: {
  library: LibraryClient
  host: HostAccess
  /** The name this page signs with: imports from here are recorded as this editor's. */
  editorName: string
}) => {
  const view = useLibrary(library, editorName)
  const offline = useOfflineLibrary(host.scope, view)
  const shown = useMemo(
    () => (offline === null ? view : { ...view, dossiers: offline.dossiers, listError: null }),
    [view, offline],
  )
  return (
    <LibraryScreen
      library={shown}
      description={host.description}
      hrefFor={dossierHref}
      notice={offline === null ? null : <OfflineNote offline={offline} />}
      unavailable={(id) => (offline === null || offline.copies.has(id) ? null : NOT_ON_DEVICE)}
    />
  )
}

/** The desk with a host: the host's library, and each dossier as a replica synced with it. */
export const HostedApp = ({ host }: { readonly host: HostAccess }) => {
  const connection = useHostConnection(host)
  const identity = useDeviceIdentity()
  // A rename outlives the dossier it was made in: the next one opens with the new name.
  const [renamed, setRenamed] = useState<DeviceIdentity | null>(null)
  const route = useRoute()
  // The page's files kept for a reload while the host is down (only dossier serve's page has one).
  useEffect(() => void registerShellWorker(), [])
  const hostCalls = useMemo(
    () => (connection === null ? null : needingHost(connection.library)),
    [connection],
  )
  if (identity.kind === 'failed') {
    return (
      <StartFailure
        title="Verification Desk could not open your signing key"
        message={identity.message}
        onRetry={() => window.location.reload()}
        onWorkInMemory={null}
      />
    )
  }
  if (connection === null || identity.kind === 'loading') {
    // A dossier's address draws the first screen this device saved of it, from the first render.
    return route.kind === 'dossier' && route.version === null ? (
      <SavedFirstScreen scope={host.scope} dossierId={route.id} description={host.description} />
    ) : (
      <BootScreen />
    )
  }
  return (
    <SharingRpcContext.Provider value={hostCalls}>
      {route.kind === 'library' ? (
        <Library
          library={connection.library}
          host={host}
          editorName={(renamed ?? identity.identity).signer.name}
        />
      ) : route.version !== null ? (
        <VersionDesk
          key={`${route.id}@${route.version}`}
          library={connection.library}
          description={host.description}
          dossierId={route.id}
          version={route.version}
          identity={renamed ?? identity.identity}
        />
      ) : (
        <HostedDossier
          key={route.id}
          connection={connection}
          description={host.description}
          dossierId={route.id}
          identity={renamed ?? identity.identity}
          identityStore={identity.store}
          onRenamed={setRenamed}
        />
      )}
    </SharingRpcContext.Provider>
  )
}
