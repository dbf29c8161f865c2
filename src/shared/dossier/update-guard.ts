import * as Y from 'yjs'
import { findPlace } from './update-places'
import type { DeleteSet, Place, UpdateStructs } from './update-places'
import { SCHEMA_VERSION } from './schema'
import type { EntryCollection } from './layout'

/**
 * Append-only, enforced before an update touches the document. Our own code never deletes an
 * entry (decisions, evidence, comments, links, claims, author declarations) nor rewrites a fixed
 * field of `meta`; any replica that receives an update which would is looking at someone else's
 * hand-made Yjs, and refuses it as a whole. The check reads the update's structs and delete set
 * and finds each one's place in the document with the struct store's binary search, so it costs
 * in proportion to the update, never to the document.
 */
export type GuardVerdict = { readonly ok: true } | { readonly ok: false; readonly reason: string }

export interface GuardOptions {
  /**
   * What to do with a struct whose place depends on changes the document does not have yet.
   * 'refuse' (the host, which applies only complete updates); 'defer' (a replica, where Yjs keeps
   * such structs pending: the guard then also re-reads what is pending on every later update).
   */
  readonly unresolved?: 'refuse' | 'defer'
  /**
   * `update` already decoded (`Y.decodeUpdate`), by a caller that checked it first: a whole
   * dossier arriving in one frame is then decoded once, not twice.
   */
  readonly decoded?: UpdateStructs
}

/**
 * Arrays of immutable, signed or historical entries: items may be added, never removed. A record
 * over every EntryCollection, so an entry array added to the layout cannot be left unprotected.
 */
const ENTRY_ARRAYS: Readonly<Record<EntryCollection, true>> = {
  claims: true,
  decisions: true,
  evidence: true,
  comments: true,
  links: true,
  authors: true,
  members: true,
}
export const PROTECTED_ARRAYS: ReadonlySet<string> = new Set(Object.keys(ENTRY_ARRAYS))

/** Meta fields set once (when the dossier is created, or by a migration that adds them). */
const WRITE_ONCE_META = new Set(['id', 'created', 'language', 'direction'])
/** Meta fields an editor may change. */
const EDITABLE_META = new Set(['title', 'story'])

const OK: GuardVerdict = { ok: true }
const refuse = (reason: string): GuardVerdict => ({ ok: false, reason })

const isEntryContent = (content: Y.Item['content']): boolean =>
  content instanceof Y.ContentAny ||
  content instanceof Y.ContentJSON ||
  content instanceof Y.ContentDeleted

/** The value a map key of a root type holds now, or undefined. */
const currentValue = (doc: Y.Doc, root: string, key: string): unknown => {
  const item = doc.share.get(root)?._map.get(key)
  if (item === undefined || item.deleted) return undefined
  return item.content.getContent().at(-1)
}

const checkMetaValue = (doc: Y.Doc, key: string, value: unknown): string | null => {
  if (EDITABLE_META.has(key)) return null
  const current = currentValue(doc, 'meta', key)
  if (key === 'schema') {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
      return 'sets the schema version to something that is not a version'
    if (value > SCHEMA_VERSION)
      return `sets the schema version to ${value}, which no migration of this app makes`
    if (typeof current === 'number' && value < current)
      return `lowers the schema version from ${current} to ${value}`
    return null
  }
  if (WRITE_ONCE_META.has(key)) {
    if (current === undefined || current === value) return null
    return `changes the dossier's ${key}, which is fixed once set`
  }
  return `writes an unknown dossier field "${key.slice(0, 40)}"`
}

/** Whether `id` falls in one of the delete set's ranges. */
const deletedIn = (ds: DeleteSet, id: Y.ID): boolean =>
  (ds.clients.get(id.client) ?? []).some(
    (range) => range.clock <= id.clock && id.clock < range.clock + range.len,
  )

const checkNewItem = (doc: Y.Doc, item: Y.Item, place: Place): string | null => {
  if (place.kind === 'gc') return null
  if (place.kind === 'nested') {
    return place.root === 'source' ? null : `nests a shared type inside "${place.root ?? '?'}"`
  }
  if (place.kind !== 'root') return null
  const { name, key } = place
  if (PROTECTED_ARRAYS.has(name)) {
    if (key !== null) return `writes a keyed value into the ${name} log`
    if (!isEntryContent(item.content)) return `writes something other than entries into ${name}`
    return null
  }
  if (name === 'meta') {
    if (key === null) return 'writes list items into the dossier details'
    if (!isEntryContent(item.content)) return 'writes a shared type into the dossier details'
    if (item.content instanceof Y.ContentDeleted) return null
    return checkMetaValue(doc, key, item.content.getContent().at(-1))
  }
  if (name === 'claimEdits') {
    if (key === null) return 'writes list items into the claim edits'
    return isEntryContent(item.content) ? null : 'writes a shared type into the claim edits'
  }
  if (name === 'source') return null
  return `writes into an unknown part "${name.slice(0, 40)}" of the document`
}

/**
 * Decides whether `update` (Yjs v1 encoding) may be applied to `doc` without deleting a protected
 * entry or changing a fixed field. Does not apply or change anything.
 */
export const guardUpdate = (
  doc: Y.Doc,
  update: Uint8Array,
  options: GuardOptions = {},
): GuardVerdict => {
  let incoming: UpdateStructs
  try {
    incoming = readIncoming(doc, update, options.unresolved === 'defer', options.decoded)
  } catch {
    return refuse('the update does not decode')
  }
  const defer = options.unresolved === 'defer'
  const store = doc.store
  const replacedMeta = new Set<string>()
  for (const struct of incoming.structs) {
    if (!(struct instanceof Y.Item)) continue
    const { client, clock } = struct.id
    if (clock + struct.length <= Y.getState(store, client)) continue
    const place = findPlace(doc, incoming, struct)
    if (place.kind === 'unresolved') {
      if (defer) continue
      return refuse('part of the update cannot be placed in the document')
    }
    const problem = checkNewItem(doc, struct, place)
    if (problem !== null) return refuse(problem)
    const live = !(struct.content instanceof Y.ContentDeleted) && !deletedIn(incoming.ds, struct.id)
    if (place.kind === 'root' && place.name === 'meta' && place.key !== null && live)
      replacedMeta.add(place.key)
  }
  const removedMeta = new Set<string>()
  for (const [client, ranges] of incoming.ds.clients) {
    const structs = store.clients.get(client)
    const known = Y.getState(store, client)
    for (const range of ranges) {
      const end = Math.min(range.clock + range.len, known)
      if (structs === undefined || range.clock >= end) continue
      for (let i = Y.findIndexSS(structs, range.clock); i < structs.length; i++) {
        const struct = structs[i]!
        if (struct.id.clock >= end) break
        if (!(struct instanceof Y.Item) || struct.deleted) continue
        const place = findPlace(doc, incoming, struct)
        if (place.kind === 'nested' && place.root !== 'source')
          return refuse(`deletes content nested in "${place.root ?? '?'}"`)
        if (place.kind !== 'root') continue
        if (PROTECTED_ARRAYS.has(place.name))
          return refuse(`deletes ${place.name} entries, which are append-only`)
        if (place.name === 'meta' && place.key !== null && !EDITABLE_META.has(place.key))
          removedMeta.add(place.key)
      }
    }
  }
  for (const key of removedMeta) {
    if (!replacedMeta.has(key)) return refuse(`removes the dossier's ${key.slice(0, 40)}`)
  }
  return OK
}

/**
 * The update's structs and delete set; on a replica that lets Yjs keep incomplete updates
 * pending, what is pending too, since applying this update may integrate it.
 */
const readIncoming = (
  doc: Y.Doc,
  update: Uint8Array,
  withPending: boolean,
  decoded: UpdateStructs | undefined,
): UpdateStructs => {
  const parts: UpdateStructs[] = [decoded ?? Y.decodeUpdate(update)]
  const { pendingStructs, pendingDs } = doc.store
  if (withPending && pendingStructs !== null) parts.push(Y.decodeUpdateV2(pendingStructs.update))
  if (withPending && pendingDs !== null) parts.push(Y.decodeUpdateV2(pendingDs))
  if (parts.length === 1) return { structs: parts[0]!.structs, ds: parts[0]!.ds }
  return {
    structs: parts.flatMap((part) => part.structs),
    ds: Y.mergeDeleteSets(parts.map((part) => part.ds)),
  }
}
