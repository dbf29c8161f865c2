import type { DossierMeta, ResolvedQuote } from '../../shared/dossier'

interface Props {
  readonly quote: ResolvedQuote
  readonly number: string
  readonly meta: DossierMeta
}

/** What became of the claim's quote: found as recorded, edited since, lost, or not there yet. */
export const QuoteNotice = ({ quote, number, meta }: Props) => {
  const original = (text: string) => (
    <q className="original-quote" dir={meta.direction} lang={meta.language}>
      {text}
    </q>
  )
  switch (quote.state) {
    case 'none':
      return <p className="quote-notice">Claim {number} has no quote in the source text.</p>
    case 'intact':
      return <p className="quote-notice">The quote of claim {number} is highlighted below.</p>
    case 'edited':
      return (
        <p className="quote-notice quote-notice-edited" role="status">
          <strong>Quote edited.</strong> The source text changed inside this quote since claim{' '}
          {number} was recorded. It read: {original(quote.original)}
        </p>
      )
    case 'lost':
      return (
        <p className="quote-notice quote-notice-lost" role="status">
          <strong>Quote lost.</strong> The quoted passage was deleted from the source text. It read:{' '}
          {original(quote.original)}
        </p>
      )
    case 'pending':
      return (
        <p className="quote-notice quote-notice-lost" role="status">
          <strong>Quote not found yet.</strong> This copy has not received the source text it points
          to. It read: {original(quote.original)}
        </p>
      )
  }
}
