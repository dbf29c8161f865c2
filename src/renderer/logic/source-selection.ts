/**
 * Maps a point of a DOM selection to an offset in the text a container shows. The source pane
 * draws the story as several nodes (plain text, then a highlighted quote in its own element,
 * then the rest), so a selection's node and offset count from the start of whichever node it
 * landed in; the offset in the story is the length of all the text before that node, plus that.
 *
 * Written against the few properties of a DOM node it reads, so it runs (and is tested) without
 * a DOM; any `Node` fits.
 */
export interface TextTreeNode {
  readonly nodeType: number
  readonly nodeValue: string | null
  readonly childNodes: ArrayLike<TextTreeNode>
  readonly parentNode: TextTreeNode | null
}

const TEXT_NODE = 3

export interface SelectionPoint {
  readonly node: TextTreeNode
  /** In a text node, characters from its start; in an element, the index of a child. */
  readonly offset: number
}

export interface TextRange {
  readonly start: number
  readonly end: number
}

const textLength = (node: TextTreeNode): number => {
  if (node.nodeType === TEXT_NODE) return node.nodeValue?.length ?? 0
  let length = 0
  for (let i = 0; i < node.childNodes.length; i += 1) length += textLength(node.childNodes[i]!)
  return length
}

/** The path of child indexes from `root` down to `node`, or null when `node` is not inside it. */
const pathFrom = (root: TextTreeNode, node: TextTreeNode): number[] | null => {
  const path: number[] = []
  let current = node
  while (current !== root) {
    const parent = current.parentNode
    if (parent === null) return null
    const index = Array.prototype.indexOf.call(parent.childNodes, current)
    if (index < 0) return null
    path.unshift(index)
    current = parent
  }
  return path
}

/** Text before the child at `index` of `node`. */
const textBeforeChild = (node: TextTreeNode, index: number): number => {
  let length = 0
  for (let i = 0; i < Math.min(index, node.childNodes.length); i += 1)
    length += textLength(node.childNodes[i]!)
  return length
}

/**
 * The offset in `root`'s text of a selection point, or null when the point is outside `root`.
 */
export const offsetInText = (root: TextTreeNode, point: SelectionPoint): number | null => {
  const path = pathFrom(root, point.node)
  if (path === null) return null
  let offset = 0
  let node = root
  for (const index of path) {
    offset += textBeforeChild(node, index)
    node = node.childNodes[index]!
  }
  if (node.nodeType === TEXT_NODE) {
    return offset + Math.max(0, Math.min(point.offset, node.nodeValue?.length ?? 0))
  }
  return offset + textBeforeChild(node, Math.max(0, point.offset))
}

/**
 * The range of `root`'s text between two selection points (in either order: a selection made
 * backwards has its anchor after its focus), or null when either is outside `root` or nothing
 * is selected.
 */
export const rangeInText = (
  root: TextTreeNode,
  anchor: SelectionPoint,
  focus: SelectionPoint,
): TextRange | null => {
  const a = offsetInText(root, anchor)
  const b = offsetInText(root, focus)
  if (a === null || b === null || a === b) return null
  return { start: Math.min(a, b), end: Math.max(a, b) }
}

/**
 * Narrows a range of `text` to what is between its first and last non-space characters, so a
 * double-click's trailing space or a triple-click's line break does not become part of a quote.
 * Null when only white space is selected.
 */
export const trimRange = (text: string, range: TextRange): TextRange | null => {
  let start = Math.max(0, range.start)
  let end = Math.min(text.length, range.end)
  while (start < end && /\s/.test(text[start]!)) start += 1
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1
  return start < end ? { start, end } : null
}
