import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { DossierMeta } from '../../src/shared/dossier'
import { QuoteNotice } from '../../src/renderer/components/QuoteNotice'
import { SignatureBadge } from '../../src/renderer/components/SignatureBadge'
import { StatusBadge } from '../../src/renderer/components/StatusBadge'

const meta: DossierMeta = {
  id: 'm_abcdefgh',
  title: 'T',
  story: '',
  language: 'ar',
  direction: 'rtl',
  created: '2024-01-01T00:00:00.000Z',
  schema: 2,
}

const text = (html: string) => html.replace(/<[^>]+>/g, '')

describe('QuoteNotice', () => {
  it('says a lost quote is lost and shows what it read, in the dossier’s direction', () => {
    const html = renderToStaticMarkup(
      <QuoteNotice quote={{ state: 'lost', original: 'sixty boats' }} number="#4" meta={meta} />,
    )
    expect(text(html)).toContain('Quote lost.')
    expect(text(html)).toContain('sixty boats')
    expect(html).toContain('dir="rtl"')
    expect(html).toContain('lang="ar"')
  })

  it('says an edited quote was edited and shows the original wording', () => {
    const html = renderToStaticMarkup(
      <QuoteNotice
        quote={{ state: 'edited', start: 0, end: 5, original: 'sixty', current: 'fifty' }}
        number="#4"
        meta={meta}
      />,
    )
    expect(text(html)).toContain('Quote edited.')
    expect(text(html)).toContain('sixty')
  })

  it('distinguishes a quote not received yet and a claim without a quote', () => {
    expect(
      text(
        renderToStaticMarkup(
          <QuoteNotice quote={{ state: 'pending', original: 'x' }} number="#1" meta={meta} />,
        ),
      ),
    ).toContain('Quote not found yet.')
    expect(
      text(renderToStaticMarkup(<QuoteNotice quote={{ state: 'none' }} number="#1" meta={meta} />)),
    ).toContain('Claim #1 has no quote')
  })
})

describe('badges', () => {
  it('marks a tampered decision in red words nobody can miss', () => {
    const html = renderToStaticMarkup(<SignatureBadge verification="tampered" />)
    expect(html).toContain('signature-tampered')
    expect(text(html)).toContain('TAMPERED')
    expect(text(html)).toContain('changed after it was signed')
  })

  it('labels signed and unsigned decisions', () => {
    expect(text(renderToStaticMarkup(<SignatureBadge verification="signed" />))).toContain('Signed')
    expect(text(renderToStaticMarkup(<SignatureBadge verification="unsigned" />))).toContain(
      'Unsigned',
    )
  })

  it('shows a conflict with a warning sign and its own style', () => {
    const html = renderToStaticMarkup(<StatusBadge label="conflict" />)
    expect(html).toContain('badge-conflict')
    expect(text(html)).toContain('⚠')
    expect(text(html)).toContain('Conflict')
  })
})
