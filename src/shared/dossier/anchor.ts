import * as Y from 'yjs'
import { fromBase64, toBase64 } from 'lib0/buffer'
import type { QuoteRecord } from './schema'

/**
 * Quotes anchored into the source text with Yjs relative positions. The start sticks to the first
 * quoted character and the end to the last, so the anchor follows concurrent edits around it; when
 * every quoted character is deleted the span collapses and the anchor is reported lost, never
 * silently moved to nearby text.
 */
export type ResolvedQuote =
  | { readonly state: 'none' }
  | { readonly state: 'lost' | 'pending'; readonly original: string }
  | {
      readonly state: 'intact' | 'edited'
      readonly start: number
      readonly end: number
      readonly original: string
      readonly current: string
    }

export const anchorQuote = (source: Y.Text, start: number, end: number): QuoteRecord => {
  const length = source.length
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end > length ||
    start >= end
  ) {
    throw new RangeError(`quote span ${start}..${end} is not inside the source text (0..${length})`)
  }
  const startPos = Y.createRelativePositionFromTypeIndex(source, start, 0)
  const endPos = Y.createRelativePositionFromTypeIndex(source, end - 1, 0)
  return {
    text: source.toString().slice(start, end),
    start: toBase64(Y.encodeRelativePosition(startPos)),
    end: toBase64(Y.encodeRelativePosition(endPos)),
  }
}

interface Resolved {
  readonly index: number
  readonly deleted: boolean
}

const resolve = (source: Y.Text, doc: Y.Doc, encoded: string): Resolved | 'missing' | null => {
  try {
    const position = Y.decodeRelativePosition(fromBase64(encoded))
    const item = position.item
    if (item === null) return null
    if (Y.getState(doc.store, item.client) <= item.clock) return 'missing'
    // A deleted character resolves to where it stood; the caller decides what that means.
    const absolute = Y.createAbsolutePositionFromRelativePosition(position, doc)
    // An anchor another replica pointed at some other part of the document is no anchor at all.
    if (absolute === null || absolute.type !== source) return null
    return { index: absolute.index, deleted: Y.getItem(doc.store, item).deleted }
  } catch {
    return null
  }
}

export const resolveQuote = (source: Y.Text, quote: QuoteRecord | null): ResolvedQuote => {
  if (quote === null) return { state: 'none' }
  const doc = source.doc
  if (doc === null || quote.start === null || quote.end === null) {
    return { state: 'lost', original: quote.text }
  }
  const first = resolve(source, doc, quote.start)
  const last = resolve(source, doc, quote.end)
  if (first === 'missing' || last === 'missing') return { state: 'pending', original: quote.text }
  if (first === null || last === null) return { state: 'lost', original: quote.text }
  const start = first.index
  const end = last.deleted ? last.index : last.index + 1
  // Every quoted character deleted: the span is empty, and the quote is lost rather than moved.
  if (end <= start) return { state: 'lost', original: quote.text }
  const current = source.toString().slice(start, end)
  return {
    state: current === quote.text ? 'intact' : 'edited',
    start,
    end,
    original: quote.text,
    current,
  }
}
