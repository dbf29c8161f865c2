import { useEffect, useId, useRef, useState } from 'react'
import type { ClaimView } from '../../shared/dossier'
import { suggestClaim } from '../../shared/ingest/suggest-claim'
import { splitAround } from '../logic/highlight'
import { claimNumber } from '../logic/format'
import { BLANK_DRAFT, type NewClaimDraft } from '../logic/new-claim-draft'
import { ARIA_KEYS } from '../logic/shortcut-keys'
import type { TextRange } from '../logic/source-selection'
import { useDossierStore, useMeta, useSourceText } from '../state/hooks'
import { useReadOnly } from '../state/read-only'
import { QuoteNotice } from './QuoteNotice'
import { NewClaimForm } from './source/NewClaimForm'
import { useSourceSelection } from './source/use-source-selection'

interface Props {
  readonly claim: ClaimView | null
  /** Goes up by one each time the editor asks for a new claim from the keyboard (`n`). */
  readonly newClaimRequest?: number
  /** A claim was added here; it becomes the open claim. */
  readonly onClaimAdded?: (id: string) => void
}

const draftFrom = (source: string, range: TextRange | null, language: string): NewClaimDraft =>
  range === null
    ? BLANK_DRAFT
    : {
        text: source.slice(range.start, range.end),
        quote: range,
        suggestion: suggestClaim(source, range, language),
      }

/** The story's source text, with the selected claim's quote highlighted where it stands now. */
export const SourcePane = ({ claim, newClaimRequest = 0, onClaimAdded }: Props) => {
  const store = useDossierStore()
  const meta = useMeta()
  const source = useSourceText()
  const readOnly = useReadOnly() !== null
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
  const parts = splitAround(source, span)
  const claimId = claim?.id

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
            {selection !== null && (
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
      <div
        ref={textRef}
        className="source-text"
        dir={meta.direction}
        lang={meta.language}
        tabIndex={0}
        role="region"
        aria-label="Source text of the story"
      >
        {parts.before}
        {parts.marked !== '' && (
          <mark
            ref={markRef}
            className={`quote quote-${span?.state ?? 'intact'}`}
            aria-label={claim === null ? undefined : `Quote of claim ${claimNumber(claim.index)}`}
          >
            {parts.marked}
          </mark>
        )}
        {parts.after}
      </div>
    </section>
  )
}
