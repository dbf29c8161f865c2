import { useState } from 'react'
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

const Library = ({ library, host }: { library: LibraryClient; host: HostAccess }) => (
  <LibraryScreen
    library={useLibrary(library)}
    description={host.description}
    hrefFor={dossierHref}
  />
)

/** The desk with a host: the host's library, and each dossier as a replica synced with it. */
export const HostedApp = ({ host }: { readonly host: HostAccess }) => {
  const connection = useHostConnection(host)
  const identity = useDeviceIdentity()
  // A rename outlives the dossier it was made in: the next one opens with the new name.
  const [renamed, setRenamed] = useState<DeviceIdentity | null>(null)
  const route = useRoute()
  if (identity.kind === 'failed') {
    return (
      <StartFailure
        message={identity.message}
        onRetry={() => window.location.reload()}
        onWorkInMemory={null}
      />
    )
  }
  if (connection === null || identity.kind === 'loading') return <BootScreen />
  return (
    <SharingRpcContext.Provider value={connection.library}>
      {route.kind === 'library' ? (
        <Library library={connection.library} host={host} />
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
