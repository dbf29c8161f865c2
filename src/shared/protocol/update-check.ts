import * as Y from 'yjs'

export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>

export type UpdateCheck =
  | { readonly ok: false; readonly detail: string }
  | {
      readonly ok: true
      /** What the check decoded, so that the update guard reads it without decoding it again. */
      readonly decoded: DecodedUpdate
      /** Nothing to apply (an empty sync step 2, say). */
      readonly empty: boolean
      /**
       * Part of the update depends on changes the document does not have yet. Yjs would keep
       * that part "pending" inside the document, forever if the missing changes never come; a
       * receiver that must stay bounded holds such an update apart until they arrive.
       */
      readonly missing: boolean
    }

type StateOf = (client: number) => number

/**
 * Decodes `update` completely (Yjs's own decoder, in try/catch) without applying it, and checks
 * whether everything it builds on is either in it or already in the document (`stateOf` gives the
 * document's next expected clock per client, as `Y.getState(doc.store, client)` does).
 */
export const checkUpdate = (update: Uint8Array, stateOf: StateOf): UpdateCheck => {
  let decoded: DecodedUpdate
  try {
    decoded = Y.decodeUpdate(update)
  } catch {
    return { ok: false, detail: 'update does not decode' }
  }
  const { structs, ds } = decoded
  if (structs.length === 0 && ds.clients.size === 0)
    return { ok: true, decoded, empty: true, missing: false }
  const next = new Map<number, number>()
  const available = (client: number): number => next.get(client) ?? stateOf(client)
  let missing = false
  for (const struct of structs) {
    const { client, clock } = struct.id
    const expected = available(client)
    const end = clock + struct.length
    if (struct instanceof Y.Skip) {
      if (end > expected) missing = true
    } else if (clock > expected) {
      missing = true
    } else if (end > expected) {
      next.set(client, end)
    }
  }
  const has = (id: Y.ID | null): boolean => id === null || id.clock < available(id.client)
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue
    const parent: unknown = struct.parent
    const parentId = parent instanceof Y.ID ? parent : null
    if (!has(struct.origin) || !has(struct.rightOrigin) || !has(parentId)) missing = true
  }
  for (const [client, deletions] of ds.clients) {
    for (const deletion of deletions) {
      if (deletion.clock + deletion.len > available(client)) missing = true
    }
  }
  return { ok: true, decoded, empty: false, missing }
}

/** Whether `update` decodes as a Yjs update at all; replicas use this before applying. */
export const isDecodableUpdate = (update: Uint8Array): boolean => {
  try {
    Y.decodeUpdate(update)
    return true
  } catch {
    return false
  }
}
