import type { RelativePositionJson, SourceSelection } from '../../shared/protocol/presence'

/** Another editor's selection in the source text, resolved to offsets in the text shown. */
export interface RemoteSelectionMark {
  readonly clientId: number
  readonly name: string
  /** Which of the presence colours is theirs (1 to PRESENCE_COLOURS). */
  readonly colour: number
  readonly start: number
  readonly end: number
  /** Where their caret is: `start` or `end`. */
  readonly head: number
}

interface EditorWithSelection {
  readonly clientId: number
  readonly name: string
  readonly colour: number
  readonly source: SourceSelection | null
}

/**
 * The other editors' selections as offsets into a text of `length` characters. `resolve` finds
 * where a position stands now, or null; an editor whose positions do not resolve (they name
 * text this copy has not received, or are not in the source at all) shows no cursor.
 */
export const remoteSelectionMarks = (
  editors: readonly EditorWithSelection[],
  resolve: (position: RelativePositionJson) => number | null,
  length: number,
): RemoteSelectionMark[] => {
  const marks: RemoteSelectionMark[] = []
  for (const editor of editors) {
    if (editor.source === null) continue
    const anchor = resolve(editor.source.anchor)
    const head = resolve(editor.source.head)
    if (anchor === null || head === null) continue
    const clamp = (value: number) => Math.max(0, Math.min(value, length))
    marks.push({
      clientId: editor.clientId,
      name: editor.name,
      colour: editor.colour,
      start: clamp(Math.min(anchor, head)),
      end: clamp(Math.max(anchor, head)),
      head: clamp(head),
    })
  }
  return marks
}
