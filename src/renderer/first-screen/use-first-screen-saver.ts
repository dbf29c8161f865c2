import { useEffect } from 'react'
import { filterClaims } from '../logic/claim-filter'
import { filterParams, readFilter } from '../logic/filter-address'
import type { ReplicaViewStore } from '../state/replica-view-store'
import { firstScreenOf } from './first-screen-record'
import { saveFirstScreen } from './first-screen-store'

/** At most one save per this many milliseconds while the dossier changes. */
export const FIRST_SCREEN_SAVE_EVERY_MS = 2_000

/** The filter in the address, as the record keeps it (the same text `filterParams` writes). */
export const addressFilterKey = (hash: string): string =>
  new URLSearchParams(filterParams(readFilter(hash))).toString()

/** The record of what the desk shows of `store` now, with the filter the address carries. */
const recordOf = (store: ReplicaViewStore, dossierId: string) => {
  const filter = readFilter(window.location.hash)
  const claims = store.dossier.claims()
  return firstScreenOf({
    dossierId,
    meta: store.getMeta(),
    counts: store.dossier.counts(),
    claims,
    // Lost quotes are worked out by the desk from the source text; not redone here.
    shown: filter.lostQuoteOnly ? null : filterClaims(claims, filter),
    filterKey: addressFilterKey(window.location.hash),
    now: new Date(),
  })
}

/**
 * Keeps this device's first screen record of the dossier up to date while the desk shows it from
 * the verified copy (`store` is only there once the heads are checked): once just after the list
 * is painted, at most every FIRST_SCREEN_SAVE_EVERY_MS while it changes, and when the page is
 * hidden or left (which also catches a filter changed since).
 */
export const useFirstScreenSaver = (
  store: ReplicaViewStore | null,
  scope: string,
  dossierId: string,
): void => {
  useEffect(() => {
    if (store === null) return
    let timer: ReturnType<typeof setTimeout> | null = null
    const save = () => {
      if (timer !== null) clearTimeout(timer)
      timer = null
      saveFirstScreen(scope, recordOf(store, dossierId))
    }
    const saveSoon = () => {
      timer ??= setTimeout(save, FIRST_SCREEN_SAVE_EVERY_MS)
    }
    const onHidden = () => {
      if (document.visibilityState === 'hidden') save()
    }
    // After the frame that shows the list, not in its way.
    const firstFrame = requestAnimationFrame(() => {
      timer ??= setTimeout(save, 0)
    })
    const unsubscribe = store.subscribe(saveSoon)
    window.addEventListener('pagehide', save)
    document.addEventListener('visibilitychange', onHidden)
    return () => {
      cancelAnimationFrame(firstFrame)
      if (timer !== null) clearTimeout(timer)
      unsubscribe()
      window.removeEventListener('pagehide', save)
      document.removeEventListener('visibilitychange', onHidden)
    }
  }, [store, scope, dossierId])
}
