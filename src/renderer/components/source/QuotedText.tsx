import { memo, useState, type MouseEvent, type ReactNode, type Ref } from 'react'
import { STATUS_WORDS } from '../../../shared/vocabulary'
import { claimNumber } from '../../logic/format'
import { HighlightMemory } from '../../logic/paragraph-highlights'
import type { MarkSegment, QuoteMark } from '../../logic/quote-marks'

/** The one quote the editor's mirror places (the open claim's). */
export interface QuoteSpan {
  readonly start: number
  readonly end: number
  readonly state: 'intact' | 'edited'
}

/** What a highlight says on hover: "Claim #3, confirmed" (and how many more quote it). */
const markTitle = (segment: MarkSegment): string => {
  const { top, covering } = segment
  const status = STATUS_WORDS[top.label].word
  const edited = top.state === 'edited' ? ', quote edited' : ''
  const others =
    covering > 1 ? ` (and ${covering - 1} more ${covering === 2 ? 'claim' : 'claims'})` : ''
  return `Claim ${claimNumber(top.index)}, ${status}${edited}${others}`
}

const markClass = (segment: MarkSegment, selectedId: string | null): string =>
  [
    'quote',
    `quote-${segment.top.state}`,
    `quote-status-${segment.top.label}`,
    segment.top.claimId === selectedId ? 'quote-selected' : '',
    segment.covering > 1 ? 'quote-overlap' : '',
  ]
    .filter((name) => name !== '')
    .join(' ')

interface ParagraphProps {
  readonly text: string
  readonly segments: readonly MarkSegment[]
  /** What the segments look like, as one string: the paragraph is drawn again only if it changes. */
  readonly signature: string
  readonly selectedId: string | null
  /** Whether the selected claim's quote starts in this paragraph (it gets `markRef`). */
  readonly holdsSelectedStart: boolean
  readonly markRef: Ref<HTMLElement> | undefined
}

const sameParagraph = (a: ParagraphProps, b: ParagraphProps): boolean =>
  a.text === b.text &&
  a.signature === b.signature &&
  a.holdsSelectedStart === b.holdsSelectedStart &&
  a.markRef === b.markRef

/** One paragraph; React skips it when neither its text nor its highlights changed. */
const SourceParagraph = memo(function SourceParagraph({
  text,
  segments,
  selectedId,
  holdsSelectedStart,
  markRef,
}: ParagraphProps) {
  if (segments.length === 0) return <div className="source-paragraph">{text}</div>
  const parts: ReactNode[] = []
  let at = 0
  let refGiven = false
  for (const segment of segments) {
    if (segment.start > at) parts.push(text.slice(at, segment.start))
    const selected = segment.top.claimId === selectedId
    const giveRef = holdsSelectedStart && selected && !refGiven
    if (giveRef) refGiven = true
    parts.push(
      <mark
        key={segment.start}
        ref={giveRef ? markRef : undefined}
        className={markClass(segment, selectedId)}
        title={markTitle(segment)}
        data-claim={segment.top.claimId}
      >
        {text.slice(segment.start, segment.end)}
      </mark>,
    )
    at = segment.end
  }
  if (at < text.length) parts.push(text.slice(at))
  return <div className="source-paragraph">{parts}</div>
}, sameParagraph)

interface Props {
  readonly text: string
  /** Every quote to highlight, sorted by `compareMarks`. */
  readonly marks: readonly QuoteMark[]
  /** The open claim: its quote is emphasised and wins where quotes overlap. */
  readonly selectedId?: string | null
  /** Given the open claim's first highlight (to scroll it into view). */
  readonly markRef?: Ref<HTMLElement>
}

/**
 * A click handler for the element holding the text: a click on a highlight opens its claim. A
 * drag that selects text is a selection, not a click. Keyboard users open claims from the list,
 * so the highlights take no tab stop.
 */
export const openQuoteOnClick =
  (onOpen: (claimId: string) => void) =>
  (event: MouseEvent): void => {
    if (document.getSelection()?.isCollapsed === false) return
    const target = event.target
    if (!(target instanceof Element)) return
    const claimId = target.closest('mark[data-claim]')?.getAttribute('data-claim')
    if (claimId !== null && claimId !== undefined) onOpen(claimId)
  }

/**
 * The source text, one block per paragraph, with every claim's quote highlighted in its status
 * colour (a <mark> per stretch; where quotes overlap, the stretch shows the open claim's, else
 * the innermost). Only the paragraphs an edit or a status change touches are drawn again.
 */
export const QuotedText = ({ text, marks, selectedId = null, markRef }: Props) => {
  // A status change redoes only the paragraphs its quote is in (`nextHighlights`).
  const [memory] = useState(() => new HighlightMemory())
  const layout = memory.layout(text, marks, selectedId)
  const { selectedStart } = layout
  return (
    <>
      {layout.paragraphs.map((paragraph, index) => {
        const end = paragraph.start + paragraph.text.length
        const holdsSelectedStart =
          selectedStart !== null && selectedStart >= paragraph.start && selectedStart < end
        return (
          <SourceParagraph
            key={index}
            text={paragraph.text}
            segments={layout.segments[index]!}
            signature={layout.signatures[index]!}
            selectedId={selectedId}
            holdsSelectedStart={holdsSelectedStart}
            markRef={holdsSelectedStart ? markRef : undefined}
          />
        )
      })}
    </>
  )
}
