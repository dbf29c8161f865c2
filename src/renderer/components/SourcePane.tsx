import { useEffect, useId, useMemo, useRef, useState } from 'react'
import type { ClaimView } from '../../shared/dossier'
import { suggestClaim } from '../../shared/ingest/suggest-claim'
import { claimNumber } from '../logic/format'
import { BLANK_DRAFT, type NewClaimDraft } from '../logic/new-claim-draft'
import { ARIA_KEYS } from '../logic/shortcut-keys'
import { selectionPositions } from '../logic/source-cursor'
import type { TextRange } from '../logic/source-selection'
import { withExactMark } from '../logic/quote-marks'
import { useDossierStore, useMeta, useSourceText } from '../state/hooks'
import { useQuoteRanges } from '../state/quote-ranges'
import { useReadOnly } from '../state/read-only'
import { localSourceSelection } from '../sync/local-source-selection'
import { QuoteNotice } from './QuoteNotice'
import { NewClaimForm } from './source/NewClaimForm'
import { openQuoteOnClick, QuotedText } from './source/QuotedText'
import { RemoteCursors } from './source/RemoteCursors'
import { SourceEditor } from './source/SourceEditor'
import { useRemoteSelections } from './source/use-remote-selections'
import { useSourceSelection } from './source/use-source-selection'

interface Props {
  readonly claim: ClaimView | null
  /** Goes up by one each time the editor asks for a new claim from the keyboard (`n`). */
  readonly newClaimRequest?: number
  /** A claim was added here; it becomes the open claim. */
  readonly onClaimAdded?: (id: string) => void
  /** A quote's highlight was clicked: its claim becomes the open claim. */
  readonly onOpenClaim?: (id: string) => void
}

const draftFrom = (source: string, range: TextRange | null, language: string): NewClaimDraft =>
  range === null
    ? BLANK_DRAFT
    : {
        text: source.slice(range.start, range.end),
        quote: range,
        suggestion: suggestClaim(source, range, language),
      }

/**
 * The story's source text, with every claim's quote highlighted in its status colour (the open
 * claim's emphasised, where it stands now) and the other editors' selections and carets in their
 * colours. Editors (not viewers, not a frozen version) can switch it to _Edit text_ and correct
 * it together (SourceEditor).
 */
export const SourcePane = ({ claim, newClaimRequest = 0, onClaimAdded, onOpenClaim }: Props) => {
  const store = useDossierStore()
  const meta = useMeta()
  const source = useSourceText()
  const readOnly = useReadOnly() !== null
  const [editingAsked, setEditing] = useState(false)
  // A role taken away (or a version frozen) ends the editing there and then.
  const editing = editingAsked && !readOnly
  const cursors = useRemoteSelections(source)
  const toggleRef = useRef<HTMLButtonElement>(null)
  const headingId = useId()
  const markRef = useRef<HTMLElement>(null)
  const paneRef = useRef<HTMLElement>(null)
  const textRef = useRef<HTMLDivElement>(null)
  const selection = useSourceSelection(textRef, source)
  const [draft, setDraft] = useState<NewClaimDraft | null>(null)
  const [draftKey, setDraftKey] = useState(0)
  const openerRef = useRef<HTMLElement | null>(null)

  const quote = claim === null ? null : store.dossier.quote(claim.id)
  const span =
    quote !== null && (quote.state === 'intact' || quote.state === 'edited') ? quote : null
  const claimId = claim?.id
  const quotes = useQuoteRanges()
  // The open claim's quote as it stands this moment, not as the last sweep of every quote found it.
  const openMark =
    claim === null || span === null
      ? null
      : { claimId: claim.id, index: claim.index, ...span, label: claim.label }
  const openKey =
    openMark === null
      ? ''
      : `${openMark.claimId} ${openMark.index} ${openMark.start} ${openMark.end} ${openMark.state} ${openMark.label}`
  const marks = useMemo(
    () => withExactMark(quotes.marks, claimId ?? null, openMark),
    // openKey stands for openMark's fields.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [quotes.marks, claimId, openKey],
  )

  // The passage selected while reading, for the other editors (the editor tells its own).
  useEffect(() => {
    if (editing) return
    const doc = store.dossier.doc
    localSourceSelection.set(
      doc,
      selection === null
        ? null
        : selectionPositions(doc, { anchor: selection.start, head: selection.end }),
    )
  }, [store, selection, editing])
  useEffect(() => {
    const doc = store.dossier.doc
    return () => localSourceSelection.set(doc, null)
  }, [store])

  const stopEditing = () => {
    setEditing(false)
    toggleRef.current?.focus()
  }

  const open = (range: TextRange | null) => {
    openerRef.current =
      document.activeElement instanceof HTMLElement ? document.activeElement : null
    setDraft(draftFrom(source, range, meta.language))
    setDraftKey((key) => key + 1)
  }
  const close = () => {
    setDraft(null)
    openerRef.current?.focus()
  }

  // `n` from anywhere in the dossier view: from the selected passage if there is one, else blank.
  const latestSelection = useRef(selection)
  useEffect(() => {
    latestSelection.current = selection
  })
  useEffect(() => {
    if (newClaimRequest > 0 && !readOnly) open(latestSelection.current)
    // Only a new request opens the form, not a change of selection or text.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [newClaimRequest])

  // Scrolls the pane, never the page: on a narrow screen the page scroll is the editor's.
  useEffect(() => {
    const pane = paneRef.current
    const mark = markRef.current
    if (pane === null || mark === null) return
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches
    const markBox = mark.getBoundingClientRect()
    const paneBox = pane.getBoundingClientRect()
    const top =
      markBox.top - paneBox.top + pane.scrollTop - (pane.clientHeight - markBox.height) / 2
    pane.scrollTo({ top: Math.max(0, top), behavior: still ? 'auto' : 'smooth' })
  }, [claimId])

  return (
    <section ref={paneRef} className="pane source-pane" aria-labelledby={headingId}>
      <div className="source-head">
        <h2 id={headingId}>Source text</h2>
        {!readOnly && (
          <div className="source-actions">
            <button
              ref={toggleRef}
              type="button"
              className={editing ? undefined : 'secondary'}
              onClick={() => (editing ? stopEditing() : setEditing(true))}
            >
              {editing ? 'Done' : 'Edit text'}
            </button>
            {selection !== null && !editing && (
              <button
                type="button"
                // Keeps the selection: a click must not clear what it is about to use.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => open(selection)}
                aria-keyshortcuts={ARIA_KEYS.newClaim}
              >
                New claim from selection
              </button>
            )}
            <button
              type="button"
              className="secondary"
              onClick={() => open(null)}
              aria-keyshortcuts={selection === null ? ARIA_KEYS.newClaim : undefined}
            >
              New claim
            </button>
          </div>
        )}
      </div>
      {draft !== null && !readOnly && (
        <NewClaimForm
          key={draftKey}
          draft={draft}
          direction={meta.direction}
          language={meta.language}
          onCancel={close}
          onAdded={(id) => {
            setDraft(null)
            document.getSelection()?.removeAllRanges()
            textRef.current?.focus({ preventScroll: true })
            onClaimAdded?.(id)
          }}
        />
      )}
      {claim !== null && quote !== null && (
        <QuoteNotice quote={quote} number={claimNumber(claim.index)} meta={meta} />
      )}
      {editing ? (
        <SourceEditor
          source={source}
          span={span}
          direction={meta.direction}
          language={meta.language}
          marks={cursors}
          startAt={selection}
          onDone={stopEditing}
        />
      ) : (
        <div className="source-stack">
          <RemoteCursors text={textRef} source={source} marks={cursors} />
          <div
            ref={textRef}
            className="source-text"
            dir={meta.direction}
            lang={meta.language}
            tabIndex={0}
            role="region"
            aria-label="Source text of the story"
            onClick={onOpenClaim === undefined ? undefined : openQuoteOnClick(onOpenClaim)}
          >
            <QuotedText
              text={source}
              marks={marks}
              selectedId={claimId ?? null}
              markRef={markRef}
            />
          </div>
        </div>
      )}
    </section>
  )
}
