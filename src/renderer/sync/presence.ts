import type { Awareness } from 'y-protocols/awareness'
import { readPresence } from '../../shared/protocol/presence'
import type { SourceSelection } from '../../shared/protocol/presence'

/** How many presence colours the stylesheet defines (`--presence-1` …), light and dark. */
export const PRESENCE_COLOURS = 6

/** Another editor with the same dossier open, as they describe themselves. */
export interface PresentEditor {
  /** The awareness client id: unique per open tab. */
  readonly clientId: number
  readonly name: string
  /** Their device key as they claim it: presence is a courtesy, not a proof. */
  readonly key: string | null
  readonly claimId: string | null
  /** Their selection or caret in the source text, as it arrived (validated, not resolved). */
  readonly source: SourceSelection | null
  /** Their colour, 1 to PRESENCE_COLOURS: the same on every page for the same device key. */
  readonly colour: number
}

const UNNAMED = 'An editor'

/** A colour slot from a key (or, for an editor who gives none, the tab's client id). */
export const colourOf = (key: string): number => {
  let hash = 0
  for (let i = 0; i < key.length; i += 1) hash = (hash * 31 + key.charCodeAt(i)) >>> 0
  return (hash % PRESENCE_COLOURS) + 1
}

/**
 * Everyone else in the room, one entry per device key (several tabs of one editor show once),
 * sorted by name. States that are not presences (an unmodified Yjs client sends `{}`) count as
 * unnamed editors: someone is connected, even if they do not say who.
 */
export const otherEditors = (awareness: Awareness): PresentEditor[] => {
  const byKey = new Map<string, PresentEditor>()
  for (const [clientId, state] of awareness.getStates()) {
    if (clientId === awareness.clientID) continue
    const presence = readPresence(state)
    const key = presence?.user.key ?? null
    const editor: PresentEditor = {
      clientId,
      name: presence?.user.name.trim() || UNNAMED,
      key,
      claimId: presence?.claimId ?? null,
      source: presence?.source ?? null,
      colour: colourOf(key ?? `client:${clientId}`),
    }
    const slot = key ?? `client:${clientId}`
    // Of one editor's tabs, the one with a cursor in the text is the one worth showing.
    const earlier = byKey.get(slot)
    if (earlier === undefined || editor.source !== null || earlier.source === null) {
      byKey.set(slot, editor)
    }
  }
  return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId)
}
