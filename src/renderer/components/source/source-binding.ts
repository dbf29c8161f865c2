import type { SourceSelection } from '../../../shared/protocol/presence'
import { selectionOffsets, selectionPositions } from '../../logic/source-cursor'
import type { OffsetSelection } from '../../logic/source-cursor'
import { applyEdit, diffText, rebaseEdit } from '../../logic/text-diff'
import type { ReplicaViewStore } from '../../state/replica-view-store'
import { describeError } from '../../storage/storage-error'

export interface SourceBindingEvents {
  /** This editor's selection moved (or the text moved under it): for the other editors. */
  readonly onSelection: (selection: SourceSelection) => void
  /** An edit could not be written; the editor shows the dossier's text again. */
  readonly onError: (message: string) => void
}

/**
 * Binds a plain <textarea> to the dossier's source text, both ways.
 *
 * Typing: each input event becomes one `editSource` with the smallest replacement (common start
 * and end; see diffText), so the other editors receive a keystroke, not the story. An input
 * method's composition is written once, when it ends.
 *
 * Other editors' changes: patched into the textarea as the same kind of small replacement, and
 * the caret and selection put back where they were in the text: they are kept as Yjs relative
 * positions, which stick to the characters around them whatever was inserted or deleted before.
 */
export class SourceTextBinding {
  /** The text the textarea showed when it last agreed with the dossier. */
  private shown: string
  private composing = false
  private positions: SourceSelection | null = null
  private readonly unsubscribe: () => void
  private readonly listening = new AbortController()

  constructor(
    private readonly textarea: HTMLTextAreaElement,
    private readonly store: ReplicaViewStore,
    private readonly events: SourceBindingEvents,
  ) {
    this.shown = store.getSourceText()
    textarea.value = this.shown
    // One signal removes every listener in destroy(), so none can be added without its removal.
    const { signal } = this.listening
    textarea.addEventListener('input', this.onInput, { signal })
    textarea.addEventListener('compositionstart', this.onCompositionStart, { signal })
    textarea.addEventListener('compositionend', this.onCompositionEnd, { signal })
    for (const type of ['select', 'keyup', 'mouseup', 'focus'] as const) {
      textarea.addEventListener(type, this.keepSelection, { signal })
    }
    document.addEventListener('selectionchange', this.onSelectionChange, { signal })
    // The dossier's own notice, after each change, not the store's (once a frame, for React):
    // the caret's positions must be read back before anything else can move it.
    this.unsubscribe = store.dossier.onChange((change) => {
      if (change.source) this.onSourceChange()
    })
  }

  destroy(): void {
    this.unsubscribe()
    this.listening.abort()
  }

  /** Puts the caret or selection at these offsets of the text (clamped). */
  select(selection: OffsetSelection): void {
    const length = this.shown.length
    const anchor = Math.max(0, Math.min(selection.anchor, length))
    const head = Math.max(0, Math.min(selection.head, length))
    const backward = head < anchor
    this.textarea.setSelectionRange(
      Math.min(anchor, head),
      Math.max(anchor, head),
      backward ? 'backward' : 'forward',
    )
    this.keepSelection()
  }

  private get doc() {
    return this.store.dossier.doc
  }

  private readonly onInput = (event: Event): void => {
    if (this.composing || (event instanceof InputEvent && event.isComposing)) return
    this.writeLocal()
  }

  private readonly onCompositionStart = (): void => {
    this.composing = true
  }

  private readonly onCompositionEnd = (): void => {
    this.composing = false
    this.writeLocal()
  }

  private readonly onSelectionChange = (): void => {
    if (document.activeElement === this.textarea) this.keepSelection()
  }

  /** What the editor typed since the text last agreed, written to the dossier as one edit. */
  private writeLocal(): void {
    const typed = this.textarea.value
    const local = diffText(this.shown, typed)
    // Nothing typed (a composition given up): only what others changed meanwhile is shown.
    if (local === null) {
      this.onSourceChange()
      return this.keepSelection()
    }
    const current = this.store.getSourceText()
    // Changes that arrived during a composition were held back: the edit moves past them.
    const remote = current === this.shown ? null : diffText(this.shown, current)
    const edit = rebaseEdit(local, remote)
    const next = applyEdit(current, edit)
    this.shown = next
    try {
      this.store.dossier.editSource(edit.index, edit.deleteCount, edit.insert)
    } catch (failure) {
      this.shown = this.store.getSourceText()
      this.textarea.value = this.shown
      this.events.onError(`The correction could not be saved: ${describeError(failure)}`)
      return
    }
    if (remote !== null) {
      this.patchTextarea(typed, next)
      const caret = edit.index + edit.insert.length
      this.textarea.setSelectionRange(caret, caret)
    }
    this.keepSelection()
  }

  private onSourceChange(): void {
    const text = this.store.getSourceText()
    // Our own edit; or, during a composition, the text waits for its end.
    if (text === this.shown || this.composing) return
    const restore = this.positions
    this.patchTextarea(this.shown, text)
    this.shown = text
    const offsets = restore === null ? null : selectionOffsets(this.doc, restore)
    if (offsets !== null) this.select(offsets)
    else this.keepSelection()
  }

  /** Turns the textarea's `from` into `to` with one small replacement, not a new value. */
  private patchTextarea(from: string, to: string): void {
    const patch = diffText(from, to)
    if (patch === null) return
    this.textarea.setRangeText(
      patch.insert,
      patch.index,
      patch.index + patch.deleteCount,
      'preserve',
    )
  }

  private readonly keepSelection = (): void => {
    if (this.composing) return
    const { selectionStart, selectionEnd, selectionDirection } = this.textarea
    const backward = selectionDirection === 'backward'
    const selection = {
      anchor: backward ? selectionEnd : selectionStart,
      head: backward ? selectionStart : selectionEnd,
    }
    this.positions = selectionPositions(this.doc, selection)
    this.events.onSelection(this.positions)
  }
}
