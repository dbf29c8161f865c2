import { useSyncExternalStore } from 'react'
import { isDossierId } from '../../shared/dossier/ids'

/**
 * Which screen the hosted desk shows, kept in the address fragment (`#dossier=<id>`) so that a
 * reload reopens the same dossier and the browser's Back button returns to the library.
 */
export type Route =
  | { readonly kind: 'library' }
  | {
      readonly kind: 'dossier'
      readonly id: string
      /** A frozen version shown read-only (`&version=v2`); null: the dossier itself. */
      readonly version: string | null
    }

const VERSION_ID = /^v\d{1,9}$/

export const readRoute = (hash: string): Route => {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  const id = params.get('dossier')
  const version = params.get('version')
  if (!isDossierId(id)) return { kind: 'library' }
  return {
    kind: 'dossier',
    id,
    version: version !== null && VERSION_ID.test(version) ? version : null,
  }
}

export const dossierHref = (id: string): string =>
  `#${new URLSearchParams({ dossier: id }).toString()}`

/** A frozen version of a dossier, read-only. */
export const versionHref = (id: string, version: string): string =>
  `#${new URLSearchParams({ dossier: id, version }).toString()}`

/** The library: an empty fragment (`#` alone would leave a stray character in the address). */
export const LIBRARY_HREF = '#library'

const subscribe = (listener: () => void): (() => void) => {
  window.addEventListener('hashchange', listener)
  return () => window.removeEventListener('hashchange', listener)
}

const currentHash = (): string => window.location.hash

export const useRoute = (): Route => readRoute(useSyncExternalStore(subscribe, currentHash))
