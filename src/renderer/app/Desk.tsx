import { useMemo, useState, type ReactNode } from 'react'
import { DeskLayout } from '../components/DeskLayout'
import { renameDevice } from '../storage/device-identity'
import type { DeviceIdentity } from '../storage/device-identity'
import type { KeyValueStore } from '../storage/key-value-store'
import type { ReplicaViewStore } from '../state/replica-view-store'
import { DossierContext } from '../state/hooks'
import { HostDeskContext, type HostDesk } from '../state/host-context'
import { IdentityContext, type EditorIdentity } from '../state/identity-context'

interface Props {
  readonly store: ReplicaViewStore
  readonly identity: DeviceIdentity
  /** Where the device key lives; null when working without saving. */
  readonly identityStore: KeyValueStore | null
  /** False when nothing is saved anywhere (local mode with storage refused). */
  readonly persistent: boolean
  /** Told when the editor renames themselves, for whoever outlives this desk. */
  readonly onRenamed?: (identity: DeviceIdentity) => void
  /** The host's side of things, when the dossier comes from one. */
  readonly host?: HostDesk
  /** Rendered inside the providers (for things that need the editor, like presence). */
  readonly children?: ReactNode
}

/** Provides the open dossier, the editor's identity and, with a host, the host's state. */
export const Desk = ({
  store,
  identity: initial,
  identityStore,
  persistent,
  onRenamed,
  host,
  children,
}: Props) => {
  const [identity, setIdentity] = useState(initial)
  const editor = useMemo<EditorIdentity>(
    () => ({
      signer: identity.signer,
      protection: identity.protection,
      rename: async (name) => {
        const renamed = await renameDevice(identityStore, identity, name)
        setIdentity(renamed)
        onRenamed?.(renamed)
      },
    }),
    [identity, identityStore, onRenamed],
  )
  return (
    <DossierContext.Provider value={store}>
      <IdentityContext.Provider value={editor}>
        <HostDeskContext.Provider value={host ?? null}>
          <DeskLayout persistent={persistent} />
          {children}
        </HostDeskContext.Provider>
      </IdentityContext.Provider>
    </DossierContext.Provider>
  )
}
