import { plural } from '../logic/format'

interface Props {
  /** Decisions the status set aside, unsigned or tampered (`ClaimView.ignoredDecisions`). */
  readonly untrusted: number
  readonly quoteLost: boolean
}

/** What the claim's status says it left out (tampered or unsigned decisions). */
export const untrustedFlagText = (count: number): string =>
  `Its status left out ${plural(count, 'decision')} that ${count === 1 ? 'is' : 'are'} unsigned or tampered`

export const QUOTE_LOST_TEXT = 'Its quote was deleted from the source text'

/**
 * Marks on a claim that its history or its quote cannot be taken at face value: a glyph and a
 * word each (never colour alone), with the whole sentence for screen readers and on hover. The
 * glyphs (⚠, ⌀) are drawn by the stylesheet with empty alternative text, so nobody hears them.
 */
export const ClaimFlags = ({ untrusted, quoteLost }: Props) => {
  if (untrusted === 0 && !quoteLost) return null
  return (
    <span className="claim-flags">
      {untrusted > 0 && (
        <span className="claim-flag flag-untrusted" title={untrustedFlagText(untrusted)}>
          <span aria-hidden="true">Unsigned/tampered</span>
          <span className="visually-hidden">{untrustedFlagText(untrusted)}.</span>
        </span>
      )}
      {quoteLost && (
        <span className="claim-flag flag-quote-lost" title={QUOTE_LOST_TEXT}>
          <span aria-hidden="true">Quote lost</span>
          <span className="visually-hidden">{QUOTE_LOST_TEXT}.</span>
        </span>
      )}
    </span>
  )
}

/** The same flags on the open claim, as sentences that say where to look. */
export const ClaimDetailFlags = ({ untrusted, quoteLost }: Props) => {
  if (untrusted === 0 && !quoteLost) return null
  return (
    <div className="claim-detail-flags">
      {untrusted > 0 && (
        <p className="claim-flag-notice flag-untrusted">
          <strong>Unsigned or tampered decision.</strong> {untrustedFlagText(untrusted)}: it decides
          nothing, and the history below marks it.
        </p>
      )}
      {quoteLost && (
        <p className="claim-flag-notice flag-quote-lost">
          <strong>Quote lost.</strong> {QUOTE_LOST_TEXT}; the source pane shows what it read.
        </p>
      )}
    </div>
  )
}
