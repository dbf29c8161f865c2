import * as Y from 'yjs'

/**
 * Where a struct sits in a dossier's document: which root type (and map key) it belongs to.
 * An update names a new item's parent only when the item has no neighbours; otherwise the parent
 * is its left (or right) origin's, which may be in the document or earlier in the same update.
 */
export type Place =
  | { readonly kind: 'root'; readonly name: string; readonly key: string | null }
  /** Inside a shared type that is itself inside `root` (null: a root we cannot name). */
  | { readonly kind: 'nested'; readonly root: string | null }
  /** Next to garbage-collected content: Yjs turns the item into garbage too. */
  | { readonly kind: 'gc' }
  /** Depends on structs neither the document nor the update has. */
  | { readonly kind: 'unresolved' }

type Struct = Y.Item | Y.GC | Y.Skip
type SharedType = NonNullable<ReturnType<Y.Doc['share']['get']>>
export type DeleteSet = ReturnType<typeof Y.decodeUpdate>['ds']

export interface UpdateStructs {
  readonly structs: readonly Struct[]
  readonly ds: DeleteSet
}

const UNRESOLVED: Place = { kind: 'unresolved' }
const GC_PLACE: Place = { kind: 'gc' }

/** Per-update lookups, built on first use and kept while the update is checked. */
interface Lookup {
  readonly byClient: Map<number, Struct[]>
  readonly places: Map<Struct, Place>
  readonly roots: Map<SharedType, string>
}

const lookups = new WeakMap<UpdateStructs, Lookup>()

const lookupOf = (doc: Y.Doc, incoming: UpdateStructs): Lookup => {
  let lookup = lookups.get(incoming)
  if (lookup !== undefined) return lookup
  const byClient = new Map<number, Struct[]>()
  for (const struct of incoming.structs) {
    let list = byClient.get(struct.id.client)
    if (list === undefined) byClient.set(struct.id.client, (list = []))
    list.push(struct)
  }
  for (const list of byClient.values()) list.sort((a, b) => a.id.clock - b.id.clock)
  const roots = new Map<SharedType, string>()
  for (const [name, type] of doc.share) roots.set(type, name)
  lookup = { byClient, places: new Map(), roots }
  lookups.set(incoming, lookup)
  return lookup
}

/** The struct holding `id`: the document's if it has that clock, else the update's. */
const structAt = (doc: Y.Doc, lookup: Lookup, id: Y.ID): Struct | null => {
  if (id.clock < Y.getState(doc.store, id.client)) {
    const structs = doc.store.clients.get(id.client)
    if (structs === undefined) return null
    return structs[Y.findIndexSS(structs, id.clock)] ?? null
  }
  const list = lookup.byClient.get(id.client)
  if (list === undefined) return null
  let low = 0
  let high = list.length - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const struct = list[middle]!
    if (id.clock < struct.id.clock) high = middle - 1
    else if (id.clock >= struct.id.clock + struct.length) low = middle + 1
    else return struct
  }
  return null
}

/** The place of an item already in the document: from its parent type. */
const placeOfType = (lookup: Lookup, type: SharedType, key: string | null): Place => {
  const name = lookup.roots.get(type)
  if (name !== undefined && type._item === null) return { kind: 'root', name, key }
  let ancestor: SharedType = type
  for (let depth = 0; ancestor._item !== null && depth < 1000; depth++) {
    const parent: unknown = ancestor._item.parent
    if (!(parent instanceof Y.AbstractType)) return { kind: 'nested', root: null }
    ancestor = parent
  }
  return { kind: 'nested', root: lookup.roots.get(ancestor) ?? null }
}

export const findPlace = (doc: Y.Doc, incoming: UpdateStructs, item: Y.Item): Place =>
  placeOf(doc, lookupOf(doc, incoming), item, 0)

/** Nested shared types deeper than this are not something a dossier ever holds. */
const MAX_NESTING = 32

/**
 * Follows origins until a struct with a known place, then gives that place to every item on the
 * way. A loop, not recursion: one client's appends form a chain as long as the update.
 */
const placeOf = (doc: Y.Doc, lookup: Lookup, start: Struct | null, nesting: number): Place => {
  const chain: Y.Item[] = []
  const seen = new Set<Struct>()
  let current = start
  let place: Place | undefined
  while (place === undefined) {
    if (current === null || seen.has(current)) place = UNRESOLVED
    else if (!(current instanceof Y.Item)) place = current instanceof Y.GC ? GC_PLACE : UNRESOLVED
    else {
      place = lookup.places.get(current)
      if (place !== undefined) break
      seen.add(current)
      chain.push(current)
      const step = stepOf(doc, lookup, current, nesting)
      if ('place' in step) place = step.place
      else current = step.next
    }
  }
  for (const item of chain) lookup.places.set(item, place)
  return place
}

type Step = { readonly place: Place } | { readonly next: Struct | null }

const stepOf = (doc: Y.Doc, lookup: Lookup, item: Y.Item, nesting: number): Step => {
  const parent: unknown = item.parent
  if (parent instanceof Y.AbstractType)
    return { place: placeOfType(lookup, parent, item.parentSub) }
  if (typeof parent === 'string')
    return { place: { kind: 'root', name: parent, key: item.parentSub } }
  if (parent instanceof Y.ID) {
    if (nesting >= MAX_NESTING) return { place: { kind: 'nested', root: null } }
    const container = structAt(doc, lookup, parent)
    const outer = placeOf(doc, lookup, container, nesting + 1)
    return { place: outer.kind === 'root' ? { kind: 'nested', root: outer.name } : outer }
  }
  // No parent written: the item is next to its origin and shares its parent (and map key).
  const neighbour = item.origin ?? item.rightOrigin
  if (neighbour === null) return { place: UNRESOLVED }
  return { next: structAt(doc, lookup, neighbour) }
}
