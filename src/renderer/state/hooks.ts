import { createContext, useContext, useSyncExternalStore } from 'react'
import type { ClaimView, DossierMeta, QuarantineItem, StatusCounts } from '../../shared/dossier'
import type { SignatureSweepState } from '../signatures/signature-sweeper'
import type { ReplicaViewStore } from './replica-view-store'

export const DossierContext = createContext<ReplicaViewStore | null>(null)

export const useDossierStore = (): ReplicaViewStore => {
  const store = useContext(DossierContext)
  if (store === null) throw new Error('useDossierStore needs a DossierContext provider')
  return store
}

export const useClaims = (): readonly ClaimView[] => {
  const store = useDossierStore()
  return useSyncExternalStore(store.subscribe, () => store.dossier.claims())
}

export const useCounts = (): StatusCounts => {
  const store = useDossierStore()
  return useSyncExternalStore(store.subscribe, () => store.dossier.counts())
}

export const useMeta = (): DossierMeta => {
  const store = useDossierStore()
  return useSyncExternalStore(store.subscribe, store.getMeta)
}

export const useSourceText = (): string => {
  const store = useDossierStore()
  return useSyncExternalStore(store.subscribe, store.getSourceText)
}

export const useQuarantine = (): readonly QuarantineItem[] => {
  const store = useDossierStore()
  return useSyncExternalStore(store.subscribe, store.getQuarantine)
}

/** Changes whenever a display name is declared; a dependency for anything that shows names. */
export const useNamesVersion = (): number => {
  const store = useDossierStore()
  return useSyncExternalStore(store.subscribe, store.getNamesVersion)
}

/** How far the check of every signature of the dossier has come (null: none runs). */
export const useSignatureSweep = (): SignatureSweepState | null => {
  const store = useDossierStore()
  return useSyncExternalStore(store.subscribe, store.getSignatures)
}
