import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import type { TextRange } from '../../logic/source-selection'
import type { RemoteSelectionMark } from '../../logic/source-marks'
import { useDossierStore } from '../../state/hooks'
import { localSourceSelection } from '../../sync/local-source-selection'
import { FormError } from '../FormError'
import { QuotedText, type QuoteSpan } from './QuotedText'
import { RemoteCursors } from './RemoteCursors'
import { SourceTextBinding } from './source-binding'

/** The mirror only gives places: the quote is tinted on the layer under the text. */
const NO_MARKS: readonly never[] = []

interface Props {
  readonly source: string
  readonly span: QuoteSpan | null
  readonly direction: 'ltr' | 'rtl'
  readonly language: string
  readonly marks: readonly RemoteSelectionMark[]
  /** Where the caret goes first: the passage selected while reading, if any. */
  readonly startAt: TextRange | null
  readonly onDone: () => void
}

/**
 * The source text as a plain-text editor shared with the other editors. A <textarea> sits over
 * an invisible mirror of the text with the same font and wrapping, which gives the open claim's
 * quote and the other editors' cursors their place; they are drawn under the textarea's text
 * (RemoteCursors).
 */
export const SourceEditor = ({
  source,
  span,
  direction,
  language,
  marks,
  startAt,
  onDone,
}: Props) => {
  const store = useDossierStore()
  const inputRef = useRef<HTMLTextAreaElement>(null)
  const mirrorRef = useRef<HTMLDivElement>(null)
  const [error, setError] = useState<string | null>(null)
  const errorId = useId()
  const startRef = useRef(startAt)

  useEffect(() => {
    const textarea = inputRef.current
    if (textarea === null) return
    const doc = store.dossier.doc
    const binding = new SourceTextBinding(textarea, store, {
      onSelection: (selection) => localSourceSelection.set(doc, selection),
      onError: setError,
    })
    const start = startRef.current
    textarea.focus({ preventScroll: true })
    binding.select(
      start === null ? { anchor: 0, head: 0 } : { anchor: start.start, head: start.end },
    )
    return () => binding.destroy()
  }, [store])

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    event.preventDefault()
    onDone()
  }

  return (
    <>
      <FormError id={errorId} message={error} />
      <div className="source-stack">
        <RemoteCursors text={mirrorRef} source={source} marks={marks} quote={span} />
        <div className="source-editing">
          <div
            ref={mirrorRef}
            className="source-mirror"
            dir={direction}
            lang={language}
            aria-hidden="true"
          >
            <QuotedText text={source} marks={NO_MARKS} />
            {/* A textarea shows a line after a final line break; a div does not without this. */}
            {source.endsWith('\n') ? ' ' : ''}
          </div>
          <textarea
            ref={inputRef}
            className="source-input"
            dir={direction}
            lang={language}
            aria-label="Source text of the story, editable"
            aria-describedby={error === null ? undefined : errorId}
            spellCheck
            onKeyDown={onKeyDown}
          />
        </div>
      </div>
    </>
  )
}
