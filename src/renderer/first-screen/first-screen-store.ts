import { firstScreenSchema, type FirstScreenRecord } from './first-screen-record'

/**
 * The first screen records, in localStorage: the page reads it synchronously while it boots, so
 * the rows can be drawn in the first frames, before IndexedDB has answered anything. One record
 * per host address and dossier, a few KB each.
 */

/** The small part of localStorage this needs, so tests can hand in a Map-backed one. */
export type FirstScreenStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

export const firstScreenKey = (scope: string, dossierId: string): string =>
  `vdesk:first-screen:${scope}:${dossierId}`

const browserStorage = (): FirstScreenStorage | null => {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

/**
 * The record this device saved for `dossierId` from this host, or null: none, unreadable, of
 * another shape, or for another dossier (a record is a picture to show, never trusted).
 */
export const readFirstScreen = (
  scope: string,
  dossierId: string,
  storage = browserStorage(),
): FirstScreenRecord | null => {
  try {
    const text = storage?.getItem(firstScreenKey(scope, dossierId)) ?? null
    if (text === null) return null
    const parsed = firstScreenSchema.safeParse(JSON.parse(text))
    return parsed.success && parsed.data.dossierId === dossierId ? parsed.data : null
  } catch {
    return null
  }
}

/** Saves `record` for this host; a full or refused storage only costs the next first screen. */
export const saveFirstScreen = (
  scope: string,
  record: FirstScreenRecord,
  storage = browserStorage(),
): void => {
  const key = firstScreenKey(scope, record.dossierId)
  try {
    storage?.setItem(key, JSON.stringify(record))
  } catch {
    // Full or refused: an older record would show rows this device no longer shows; drop it.
    try {
      storage?.removeItem(key)
    } catch {
      // Nothing more to do: the desk opens from the copy as before.
    }
  }
}
