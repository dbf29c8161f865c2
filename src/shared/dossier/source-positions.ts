import * as Y from 'yjs'
import { layoutOf } from './layout'

/** A Yjs relative position in the JSON form `Y.relativePositionToJSON` writes. */
export interface SourcePositionJson {
  readonly type?: { readonly client: number; readonly clock: number }
  readonly tname?: string
  readonly item?: { readonly client: number; readonly clock: number }
  readonly assoc?: number
}

/**
 * A point in the source text that follows edits: `assoc` 0 sticks to the character after the
 * point (text typed right there by someone else goes before it), -1 to the character before.
 * Cursors and selections are kept this way across other editors' changes, and told to them.
 */
export const sourcePositionAt = (
  doc: Y.Doc,
  index: number,
  assoc: 0 | -1 = 0,
): SourcePositionJson => {
  const source = layoutOf(doc).source
  const clamped = Math.max(0, Math.min(index, source.length))
  return Y.relativePositionToJSON(
    Y.createRelativePositionFromTypeIndex(source, clamped, assoc),
  ) as SourcePositionJson
}

const arrived = (doc: Y.Doc, id: SourcePositionJson['item']): boolean =>
  id === undefined || Y.getState(doc.store, id.client) > id.clock

/**
 * Where a position stands in the source text now, or null when it is not a position in it: it
 * names another part of the document, or a character this replica has not received yet. Positions
 * come from other editors, so nothing about them is trusted.
 */
export const sourceIndexOf = (doc: Y.Doc, position: SourcePositionJson): number | null => {
  const source = layoutOf(doc).source
  try {
    // The source is a root type: a position inside a nested type, or naming another root (which
    // resolving would create in this document), is not in it.
    if (position.type !== undefined) return null
    const named: unknown = position.tname === undefined ? source : doc.share.get(position.tname)
    if (named !== source) return null
    if (!arrived(doc, position.item)) return null
    const relative = Y.createRelativePositionFromJSON(position)
    const absolute = Y.createAbsolutePositionFromRelativePosition(relative, doc)
    if (absolute === null || absolute.type !== source) return null
    return Math.max(0, Math.min(absolute.index, source.length))
  } catch {
    return null
  }
}
