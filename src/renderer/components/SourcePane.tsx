import { useEffect, useId, useRef } from 'react'
import type { ClaimView } from '../../shared/dossier'
import { splitAround } from '../logic/highlight'
import { claimNumber } from '../logic/format'
import { useDossierStore, useMeta, useSourceText } from '../state/hooks'
import { QuoteNotice } from './QuoteNotice'

/** The story's source text, with the selected claim's quote highlighted where it stands now. */
export const SourcePane = ({ claim }: { readonly claim: ClaimView | null }) => {
  const store = useDossierStore()
  const meta = useMeta()
  const source = useSourceText()
  const headingId = useId()
  const markRef = useRef<HTMLElement>(null)
  const paneRef = useRef<HTMLElement>(null)

  const quote = claim === null ? null : store.dossier.quote(claim.id)
  const span =
    quote !== null && (quote.state === 'intact' || quote.state === 'edited') ? quote : null
  const parts = splitAround(source, span)
  const claimId = claim?.id

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
      <h2 id={headingId}>Source text</h2>
      {claim !== null && quote !== null && (
        <QuoteNotice quote={quote} number={claimNumber(claim.index)} meta={meta} />
      )}
      <div
        className="source-text"
        dir={meta.direction}
        lang={meta.language}
        tabIndex={0}
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
