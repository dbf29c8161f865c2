/// <reference lib="webworker" />
import { compactStoredUpdates, openUpdatesDatabase } from './compact-updates'
import type { CompactionReply } from './compaction-messages'
import { isCompactionRequest } from './compaction-messages'

/**
 * Merges a replica's stored updates off the page's thread (compact-updates.ts): the page only
 * says which database, and hears back how it went.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = async (event: MessageEvent<unknown>) => {
  if (!isCompactionRequest(event.data)) return
  const { id, name } = event.data
  let reply: CompactionReply
  try {
    const db = await openUpdatesDatabase(name)
    if (db === null) reply = { id, ok: true, merged: 0 }
    else
      try {
        reply = { id, ok: true, merged: (await compactStoredUpdates(db)).merged }
      } finally {
        db.close()
      }
  } catch (error) {
    reply = { id, ok: false, error: error instanceof Error ? error.message : String(error) }
  }
  scope.postMessage(reply)
}
