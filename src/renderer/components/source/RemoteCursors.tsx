import { useEffect, useLayoutEffect, useReducer, useRef, useState, type RefObject } from 'react'
import type { RemoteSelectionMark } from '../../logic/source-marks'
import type { QuoteSpan } from './QuotedText'

interface Box {
  readonly left: number
  readonly top: number
  readonly width: number
  readonly height: number
}

interface CursorBoxes {
  readonly clientId: number
  readonly name: string
  readonly colour: number
  readonly caret: Box | null
  readonly selection: readonly Box[]
}

/** The text node and offset in it where character `offset` of `root`'s text is. */
const pointAt = (root: Node, offset: number): { node: Node; offset: number } => {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  let before = 0
  let last: Text | null = null
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = node as Text
    if (offset <= before + text.length) return { node: text, offset: offset - before }
    before += text.length
    last = text
  }
  return last === null ? { node: root, offset: 0 } : { node: last, offset: last.length }
}

const boxOf = (rect: DOMRect, origin: DOMRect): Box => ({
  left: rect.left - origin.left,
  top: rect.top - origin.top,
  width: rect.width,
  height: rect.height,
})

/** The boxes of the lines a span of the text covers. */
const spanBoxes = (root: HTMLElement, origin: DOMRect, from: number, to: number): Box[] => {
  if (from >= to) return []
  const range = document.createRange()
  const start = pointAt(root, from)
  const end = pointAt(root, to)
  range.setStart(start.node, start.offset)
  range.setEnd(end.node, end.offset)
  return [...range.getClientRects()]
    .filter((rect) => rect.width > 0.5)
    .map((rect) => boxOf(rect, origin))
}

const measure = (root: HTMLElement, origin: DOMRect, mark: RemoteSelectionMark): CursorBoxes => {
  const range = document.createRange()
  const selection = spanBoxes(root, origin, mark.start, mark.end)
  const head = pointAt(root, mark.head)
  range.setStart(head.node, head.offset)
  range.collapse(true)
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect()
  const caret = rect.height > 0 ? boxOf(rect, origin) : null
  return { clientId: mark.clientId, name: mark.name, colour: mark.colour, caret, selection }
}

interface Props {
  /** The element whose text the offsets count in (the reading text, or the editor's mirror). */
  readonly text: RefObject<HTMLElement | null>
  /** The source text shown: a change of it moves the cursors. */
  readonly source: string
  readonly marks: readonly RemoteSelectionMark[]
  /** A quote to tint as well (the editor's, whose mirror text is not drawn). */
  readonly quote?: QuoteSpan | null
}

interface QuoteBoxes {
  readonly state: QuoteSpan['state']
  readonly boxes: readonly Box[]
}

/**
 * The other editors' selections and carets, each in their colour with their name, drawn on a
 * layer under the text (which has no background of its own) without touching it: the boxes come
 * from DOM ranges over the text as laid out, so the text's own nodes (and this editor's own
 * selection in them) stay as they are, and the text stays on top, readable and checkable.
 */
export const RemoteCursors = ({ text, source, marks, quote = null }: Props) => {
  const layer = useRef<HTMLDivElement>(null)
  const [boxes, setBoxes] = useState<readonly CursorBoxes[]>([])
  const [quoteBoxes, setQuoteBoxes] = useState<QuoteBoxes | null>(null)
  const [layout, relayout] = useReducer((count: number) => count + 1, 0)

  useEffect(() => {
    const element = text.current
    if (element === null || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => relayout())
    observer.observe(element)
    return () => observer.disconnect()
  }, [text])

  useLayoutEffect(() => {
    const root = text.current
    const own = layer.current
    const next =
      root === null || own === null || marks.length === 0
        ? []
        : marks.map((mark) => measure(root, own.getBoundingClientRect(), mark))
    setBoxes((current) => (JSON.stringify(current) === JSON.stringify(next) ? current : next))
    const quoted =
      root === null || own === null || quote === null
        ? null
        : {
            state: quote.state,
            boxes: spanBoxes(root, own.getBoundingClientRect(), quote.start, quote.end),
          }
    setQuoteBoxes((current) =>
      JSON.stringify(current) === JSON.stringify(quoted) ? current : quoted,
    )
  }, [text, source, marks, quote, layout])

  // Nothing to draw: no layer at all.
  if (marks.length === 0 && quote === null) return null
  return (
    <div ref={layer} className="remote-cursors" aria-hidden="true">
      {quoteBoxes?.boxes.map((box, index) => (
        <span
          key={`quote-${index}`}
          className={`quote-fill quote-fill-${quoteBoxes.state}`}
          style={{ left: box.left, top: box.top, width: box.width, height: box.height }}
        />
      ))}
      {boxes.map((cursor) => (
        <div key={cursor.clientId} className={`remote-cursor presence-colour-${cursor.colour}`}>
          {cursor.selection.map((box, index) => (
            <span
              key={index}
              className="remote-selection"
              style={{ left: box.left, top: box.top, width: box.width, height: box.height }}
            />
          ))}
          {cursor.caret !== null && (
            // The name is drawn by CSS from data-name: under the text it is a picture for
            // sighted editors, and the bar above lists who is here in words.
            <span
              className="remote-caret"
              data-name={cursor.name}
              style={{
                left: cursor.caret.left,
                top: cursor.caret.top,
                height: cursor.caret.height,
              }}
            />
          )}
        </div>
      ))}
    </div>
  )
}
