import { useEffect, useState } from 'react'
import { createDeviceKey } from '../../shared/identity'
import {
  DEFAULT_EDITOR_NAME,
  identityFromKey,
  loadDeviceIdentity,
  type DeviceIdentity,
} from '../storage/device-identity'
import { openKeyValueStore, type KeyValueStore } from '../storage/key-value-store'
import { StorageUnavailableError, describeError } from '../storage/storage-error'
import { IDENTITY_DB } from './desk-session'

export type IdentityState =
  | { readonly kind: 'loading' }
  | {
      readonly kind: 'ready'
      readonly identity: DeviceIdentity
      /** Null when the browser refused storage: a key for this page only. */
      readonly store: KeyValueStore | null
    }
  | { readonly kind: 'failed'; readonly message: string }

/**
 * The editor's device key, as in local mode. With a host, refused storage is no reason to stop:
 * the host keeps the dossier, so the editor gets a key for this page and goes on.
 */
export const useDeviceIdentity = (): IdentityState => {
  const [state, setState] = useState<IdentityState>({ kind: 'loading' })
  useEffect(() => {
    let cancelled = false
    let opened: KeyValueStore | null = null
    const load = async (): Promise<IdentityState> => {
      try {
        opened = await openKeyValueStore(IDENTITY_DB)
      } catch (error) {
        if (!(error instanceof StorageUnavailableError)) throw error
        const identity = identityFromKey(createDeviceKey(DEFAULT_EDITOR_NAME))
        return { kind: 'ready', identity, store: null }
      }
      return { kind: 'ready', identity: await loadDeviceIdentity(opened), store: opened }
    }
    load().then(
      (loaded) => {
        if (!cancelled) setState(loaded)
      },
      (error: unknown) => {
        if (!cancelled) setState({ kind: 'failed', message: describeError(error) })
      },
    )
    return () => {
      cancelled = true
      opened?.close()
    }
  }, [])
  return state
}
