import type * as Y from 'yjs'
import { sourceIndexOf, sourcePositionAt } from '../../shared/dossier/source-positions'
import type { SourceSelection } from '../../shared/protocol/presence'

/** A selection in the source text as offsets: `anchor` where it began, `head` where the caret is. */
export interface OffsetSelection {
  readonly anchor: number
  readonly head: number
}

/**
 * A selection as positions that follow edits. A caret sticks to the character after it; a
 * selection's ends stick to the characters inside it, so text someone types right at its edges
 * stays outside it.
 */
export const selectionPositions = (doc: Y.Doc, selection: OffsetSelection): SourceSelection => {
  const { anchor, head } = selection
  if (anchor === head) {
    const caret = sourcePositionAt(doc, head, 0)
    return { anchor: caret, head: caret }
  }
  const startAssoc = 0
  const endAssoc = -1
  return {
    anchor: sourcePositionAt(doc, anchor, anchor < head ? startAssoc : endAssoc),
    head: sourcePositionAt(doc, head, head < anchor ? startAssoc : endAssoc),
  }
}

/** Where a selection stands now, or null when either end is not in this copy's source text. */
export const selectionOffsets = (
  doc: Y.Doc,
  selection: SourceSelection,
): OffsetSelection | null => {
  const anchor = sourceIndexOf(doc, selection.anchor)
  const head = sourceIndexOf(doc, selection.head)
  return anchor === null || head === null ? null : { anchor, head }
}
