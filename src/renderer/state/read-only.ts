import { useSyncExternalStore } from 'react'
import { frozenReason, readOnlyReason } from '../logic/local-access'
import type { ReadOnlyReason } from '../logic/local-access'
import { useDossierStore } from './hooks'
import { useHostDesk } from './host-context'

/**
 * Why edits are not offered on the open dossier (null: they are), read live from its members log:
 * a role changed on another host shows here as soon as the change syncs.
 */
export const useReadOnly = (): ReadOnlyReason => {
  const store = useDossierStore()
  const host = useHostDesk()
  const memberKey = host?.memberKey ?? null
  const connectionReadOnly = host?.readOnly ?? false
  const frozen = host?.frozen
  return useSyncExternalStore(store.subscribe, () =>
    frozen === undefined
      ? readOnlyReason(store.dossier, memberKey, connectionReadOnly)
      : frozenReason(frozen),
  )
}
