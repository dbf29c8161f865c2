import * as Y from 'yjs'

/**
 * The share of the mirror's content, in bytes (about), the hub must lack for the room's own updates
 * to go as they are: below it, the overlap the hub would decode again costs more than the encoding
 * it saves.
 */
const LACKING = 0.75
/** What one entry of an array or map weighs in an update, about: a dossier's run to hundreds. */
const ENTRY_BYTES = 256

/**
 * About how many bytes `struct` adds to an update: a string or binary its length, an entry
 * ENTRY_BYTES. Clocks alone would not do: a dossier's source text is a clock per character.
 */
const weight = (struct: Y.Item | Y.GC): number => {
  if (!(struct instanceof Y.Item)) return 1
  const { content } = struct
  if (content instanceof Y.ContentAny || content instanceof Y.ContentJSON)
    return content.getLength() * ENTRY_BYTES
  if (content instanceof Y.ContentBinary) return content.content.length
  return struct.length
}

/** About how many bytes of `doc` lie beyond `from` (clock per client; none: everything). */
const bytesBeyond = (doc: Y.Doc, from: Map<number, number>): number => {
  let bytes = 0
  for (const [client, structs] of doc.store.clients) {
    const clock = from.get(client) ?? 0
    const last = structs[structs.length - 1]
    if (last === undefined || last.id.clock + last.length <= clock) continue
    for (
      let index = clock === 0 ? 0 : Y.findIndexSS(structs, clock);
      index < structs.length;
      index++
    )
      bytes += weight(structs[index]!)
  }
  return bytes
}

/**
 * The updates a sealed room opened to before the hub's link started (docs/relay.md, "Sealed mode"),
 * kept until the hub's first sync step 1. A member catching up lacks most of them: they then
 * go to the hub as they came out of their envelopes, instead of the bridge encoding the same
 * changes again from the mirror (the whole dossier, for a member that had none of it). A hub that
 * has most of them already (a host reconnecting) gets the usual answer: only what it lacks,
 * encoded from the mirror. Either way the hub receives everything the mirror has and it lacks,
 * and checks it as it checks any peer's changes.
 */
export class RoomUpdates {
  private updates: Uint8Array[] | null = []

  constructor(private readonly mirror: Y.Doc) {}

  /** An update applied to the mirror from the room. */
  add(update: Uint8Array): void {
    this.updates?.push(update)
  }

  /** The answer to the hub's first sync step 1 (`bridgeToHub`'s `firstAnswer`); null: encode it. */
  readonly answer = (hubState: Uint8Array): readonly Uint8Array[] | null => {
    const updates = this.updates
    this.updates = null
    if (updates === null || updates.length === 0) return null
    const lacking = bytesBeyond(this.mirror, Y.decodeStateVector(hubState))
    return lacking >= bytesBeyond(this.mirror, new Map()) * LACKING ? updates : null
  }
}
