import { createDeviceKey } from '../../shared/identity'
import {
  DEFAULT_EDITOR_NAME,
  identityFromKey,
  loadDeviceIdentity,
  type DeviceIdentity,
} from '../storage/device-identity'
import { openKeyValueStore, type KeyValueStore } from '../storage/key-value-store'
import { openMemoryReplica, openPersistentReplica, type Replica } from '../storage/open-replica'
import { SignatureSweeper } from '../signatures/signature-sweeper'
import { ReplicaViewStore } from '../state/replica-view-store'
import { seedSampleDossier } from './seed-sample'

/** Everything the desk needs once started: the open dossier and who is editing it. */
export interface DeskSession {
  readonly replica: Replica
  readonly store: ReplicaViewStore
  readonly identity: DeviceIdentity
  /** Where the device key lives; null when working without saving. */
  readonly identityStore: KeyValueStore | null
  /** Checks every signature of the dossier in the background. */
  readonly sweeper: SignatureSweeper
}

const viewOf = (replica: Replica): { store: ReplicaViewStore; sweeper: SignatureSweeper } => {
  const store = new ReplicaViewStore(replica.dossier)
  return {
    store,
    sweeper: new SignatureSweeper(replica.dossier, (state) => store.setSignatures(state)),
  }
}

export const IDENTITY_DB = 'verification-desk-identity'
/** One built-in dossier for now; the host's library replaces this name with dossier ids. */
const SAMPLE_DB = 'verification-desk-dossier-sample'

export type StartMode = 'saved' | 'memory'

export const startDesk = async (mode: StartMode): Promise<DeskSession> => {
  if (mode === 'memory') {
    const replica = openMemoryReplica(seedSampleDossier)
    return {
      replica,
      ...viewOf(replica),
      identity: identityFromKey(createDeviceKey(DEFAULT_EDITOR_NAME)),
      identityStore: null,
    }
  }
  const identityStore = await openKeyValueStore(IDENTITY_DB)
  try {
    const identity = await loadDeviceIdentity(identityStore)
    const replica = await openPersistentReplica(SAMPLE_DB, seedSampleDossier)
    return { replica, ...viewOf(replica), identity, identityStore }
  } catch (error) {
    identityStore.close()
    throw error
  }
}

export const stopDesk = async (session: DeskSession): Promise<void> => {
  session.sweeper.stop()
  session.store.dispose()
  await session.replica.close()
  session.identityStore?.close()
}
