import * as Y from 'yjs'
import { RpcError } from '../../../shared/protocol'
import type { RelaySettings } from '../../../shared/relay'
import type { SealingContext } from './epoch-keys'
import { fetchSession } from './relay-fetch'
import { dialSealed } from './sealed-socket'

/** How long a sealed room gets to hand over every change a new member can open. */
export const SEALED_FETCH_TIMEOUT_MS = 60_000

/**
 * A fresh document holding what the sealed room of `dossierId` opens to for `sealing` (a member
 * who has only just joined through the relay, and holds no copy yet). It waits, within
 * `timeoutMs`, until nothing in the room is left unopened: a rotated room's envelopes open only
 * once an editor's host has sealed the epoch's secret to the new member. Past the deadline it
 * returns what opened, if anything did; the relay link then brings the rest. Never writes to
 * the room: this device is not an editor for the fetch (no key records, no compaction).
 */
export const fetchSealed = async (
  settings: RelaySettings,
  dossierId: string,
  sealing: SealingContext,
  timeoutMs = SEALED_FETCH_TIMEOUT_MS,
): Promise<Y.Doc> => {
  const own = sealing.deviceKey.publicKey
  const reader: SealingContext = {
    ...sealing,
    isEditor: (key) => key !== own && sealing.isEditor(key),
  }
  const doc = new Y.Doc()
  let notice: string | null = null
  let synced = false
  let settle = (): void => undefined
  const transport = dialSealed(
    settings,
    dossierId,
    reader,
    (current) => {
      notice = current
      settle()
    },
    { compactAfter: Number.POSITIVE_INFINITY },
  )
  try {
    await new Promise<void>((resolve, reject) => {
      const done = (): void => {
        clearTimeout(timer)
        // What the mirror applied last is still on its way over the in-memory bridge.
        setTimeout(resolve, 0)
      }
      settle = () => {
        if (synced && notice === null) done()
      }
      const timer = setTimeout(() => {
        if (synced && doc.store.clients.size > 0) return done()
        reject(
          new RpcError(
            'unreachable',
            synced
              ? `the sealed room on ${settings.url} could not be opened within ${Math.round(timeoutMs / 1000)} s (${notice ?? 'it is empty'}): an editor's host must be online to give this device the room's key`
              : `${settings.url} did not send the sealed room in time`,
          ),
        )
      }, timeoutMs)
      fetchSession(transport, doc, settings.url, 'the sealed room', {
        onSynced: () => {
          synced = true
          settle()
        },
        fail: (error) => {
          clearTimeout(timer)
          reject(error)
        },
      })
    })
  } catch (error) {
    doc.destroy()
    throw error
  } finally {
    transport.close()
  }
  return doc
}
