import type { Awareness } from 'y-protocols/awareness'
import type { AwarenessEntry } from '../../../shared/protocol'

export interface AwarenessScreen {
  /** Entries this connection may apply. */
  readonly accepted: AwarenessEntry[]
  /** Client ids it introduces with this update. */
  readonly claimed: number[]
  /** It would speak for more clients than allowed. */
  readonly overLimit: boolean
}

/**
 * Binds awareness states to connections. A connection may change the states it introduced; it
 * may introduce a client id no connection holds, but only with a state newer than any the hub has
 * seen for it; everything else is dropped. Dropping, not closing: an unmodified y-websocket client
 * echoes every state it receives back to the server, with the clock the hub already has, and
 * must not be thrown out for that; an echo is never newer, so it can never take a client over.
 */
export const screenAwareness = (
  entries: readonly AwarenessEntry[],
  own: ReadonlySet<number>,
  ownerIsOther: (clientId: number) => boolean,
  awareness: Awareness,
  maxClients: number,
): AwarenessScreen => {
  const accepted: AwarenessEntry[] = []
  const claimed: number[] = []
  let overLimit = false
  for (const entry of entries) {
    if (own.has(entry.clientId)) {
      accepted.push(entry)
      continue
    }
    if (ownerIsOther(entry.clientId) || entry.state === null) continue
    const known = awareness.meta.get(entry.clientId)
    if (known !== undefined && known.clock >= entry.clock) continue
    if (claimed.includes(entry.clientId)) continue
    if (own.size + claimed.length >= maxClients) {
      overLimit = true
      continue
    }
    claimed.push(entry.clientId)
    accepted.push(entry)
  }
  return { accepted, claimed, overLimit }
}
