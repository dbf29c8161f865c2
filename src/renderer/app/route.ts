import { useSyncExternalStore } from 'react'
import { isDossierId } from '../../shared/dossier/ids'

/**
 * Which screen the hosted desk shows, kept in the address fragment (`#dossier=<id>`) so that a
 * reload reopens the same dossier and the browser's Back button returns to the library.
 */
export type Route = { readonly kind: 'library' } | { readonly kind: 'dossier'; readonly id: string }

export const readRoute = (hash: string): Route => {
  const id = new URLSearchParams(hash.replace(/^#/, '')).get('dossier')
  return isDossierId(id) ? { kind: 'dossier', id } : { kind: 'library' }
}

export const dossierHref = (id: string): string =>
  `#${new URLSearchParams({ dossier: id }).toString()}`

/** The library: an empty fragment (`#` alone would leave a stray character in the address). */
export const LIBRARY_HREF = '#library'

const subscribe = (listener: () => void): (() => void) => {
  window.addEventListener('hashchange', listener)
  return () => window.removeEventListener('hashchange', listener)
}

const currentHash = (): string => window.location.hash

export const useRoute = (): Route => readRoute(useSyncExternalStore(subscribe, currentHash))
