import type { Awareness } from 'y-protocols/awareness'
import { readPresence } from '../../shared/protocol'

/** Another editor with the same dossier open, as they describe themselves. */
export interface PresentEditor {
  /** The awareness client id: unique per open tab. */
  readonly clientId: number
  readonly name: string
  /** Their device key as they claim it: presence is a courtesy, not a proof. */
  readonly key: string | null
  readonly claimId: string | null
}

const UNNAMED = 'An editor'

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
    const editor: PresentEditor = {
      clientId,
      name: presence?.user.name.trim() || UNNAMED,
      key: presence?.user.key ?? null,
      claimId: presence?.claimId ?? null,
    }
    byKey.set(editor.key ?? `client:${clientId}`, editor)
  }
  return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId)
}
