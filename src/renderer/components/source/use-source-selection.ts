import { useEffect, useState, type RefObject } from 'react'
import { rangeInText, trimRange, type TextRange } from '../../logic/source-selection'

/**
 * The passage of the source text the page's selection covers (trimmed of white space at its
 * ends), or null. A selection that runs past the text on either side is cut at its edge.
 */
const selectedRange = (container: HTMLElement, source: string): TextRange | null => {
  const selection = document.getSelection()
  if (selection === null || selection.rangeCount === 0 || selection.isCollapsed) return null
  const range = selection.getRangeAt(0)
  if (!range.intersectsNode(container)) return null
  const inside = (node: Node) => container.contains(node)
  const start = inside(range.startContainer)
    ? { node: range.startContainer, offset: range.startOffset }
    : { node: container, offset: 0 }
  const end = inside(range.endContainer)
    ? { node: range.endContainer, offset: range.endOffset }
    : { node: container, offset: container.childNodes.length }
  const mapped = rangeInText(container, start, end)
  return mapped === null ? null : trimRange(source, mapped)
}

const sameRange = (a: TextRange | null, b: TextRange | null): boolean =>
  a === b || (a !== null && b !== null && a.start === b.start && a.end === b.end)

/** Follows the selection in `container`, which shows `source` as its text. */
export const useSourceSelection = (
  container: RefObject<HTMLElement | null>,
  source: string,
): TextRange | null => {
  const [range, setRange] = useState<TextRange | null>(null)
  useEffect(() => {
    const update = () => {
      const element = container.current
      const next = element === null ? null : selectedRange(element, source)
      setRange((current) => (sameRange(current, next) ? current : next))
    }
    update()
    document.addEventListener('selectionchange', update)
    return () => document.removeEventListener('selectionchange', update)
  }, [container, source])
  return range
}
