import { toBase64 } from 'lib0/buffer'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  SOURCE,
  alice,
  newDossier,
  replicaOf,
  span,
  syncBoth,
} from '../../support/dossier-fixtures'

const QUOTE = '23 people were missing'

const dossierWithQuote = () => {
  const dossier = newDossier()
  const id = dossier.addClaim(
    {
      text: '23 missing',
      quote: span(SOURCE, QUOTE),
      attribution: { who: 'river authority' },
      kind: 'figure',
    },
    alice,
  )
  return { dossier, id }
}

describe('quote anchors', () => {
  it('resolve to the quoted words', () => {
    const { dossier, id } = dossierWithQuote()
    expect(dossier.quote(id)).toEqual({
      state: 'intact',
      ...span(SOURCE, QUOTE),
      original: QUOTE,
      current: QUOTE,
    })
  })

  it('follow text inserted before them', () => {
    const { dossier, id } = dossierWithQuote()
    dossier.editSource(0, 0, 'UPDATE: ')
    const quote = dossier.quote(id)
    expect(quote).toMatchObject({ state: 'intact', current: QUOTE })
    expect(quote.state === 'intact' && quote.start).toBe(SOURCE.indexOf(QUOTE) + 8)
  })

  it('report an edit inside the quote as edited, not intact', () => {
    const { dossier, id } = dossierWithQuote()
    const at = dossier.sourceText().indexOf('people')
    dossier.editSource(at, 'people'.length, 'residents')
    expect(dossier.quote(id)).toMatchObject({
      state: 'edited',
      current: '23 residents were missing',
      original: QUOTE,
    })
  })

  it('shrink when the first or last quoted words are deleted', () => {
    const { dossier, id } = dossierWithQuote()
    const at = dossier.sourceText().indexOf(QUOTE)
    dossier.editSource(at, 3)
    expect(dossier.quote(id)).toMatchObject({ state: 'edited', current: 'people were missing' })
    dossier.editSource(dossier.sourceText().indexOf(' missing'), ' missing'.length)
    expect(dossier.quote(id)).toMatchObject({ state: 'edited', current: 'people were' })
  })

  it('are lost, not moved, when all their text is deleted', () => {
    const { dossier, id } = dossierWithQuote()
    const at = dossier.sourceText().indexOf(QUOTE)
    dossier.editSource(at - 5, QUOTE.length + 10)
    expect(dossier.quote(id)).toEqual({ state: 'lost', original: QUOTE })
  })

  it('are lost when the quoted text is replaced wholesale', () => {
    const { dossier, id } = dossierWithQuote()
    const at = dossier.sourceText().indexOf(QUOTE)
    dossier.editSource(at, QUOTE.length, 'several people were unaccounted for')
    expect(dossier.quote(id).state).toBe('lost')
  })

  it('follow concurrent edits made on another replica', () => {
    const { dossier, id } = dossierWithQuote()
    const other = replicaOf(dossier)
    other.editSource(0, 0, 'Breaking. ')
    dossier.editSource(dossier.sourceText().length, 0, ' More soon.')
    syncBoth(dossier, other)
    expect(other.quote(id)).toEqual(dossier.quote(id))
    expect(other.quote(id)).toMatchObject({ state: 'intact', current: QUOTE })
  })

  it('are pending on a replica that has the claim but not yet the text it quotes', () => {
    const { dossier, id } = dossierWithQuote()
    const other = replicaOf(dossier)
    // The quoted words are rewritten and a new claim quotes the new words; only the claim arrives.
    const at = dossier.sourceText().indexOf('31')
    dossier.editSource(at, 2, '34')
    const fresh = dossier.addClaim(
      {
        text: '34',
        quote: { start: at, end: at + 2 },
        attribution: { who: 'official' },
        kind: 'figure',
      },
      alice,
    )
    const claimOnly = dossier.doc
      .getArray('claims')
      .toArray()
      .find((value) => (value as { id: string }).id === fresh)
    other.doc.getArray('claims').push([claimOnly])
    expect(other.quote(fresh).state).toBe('pending')
    syncBoth(dossier, other)
    expect(other.quote(fresh)).toMatchObject({ state: 'intact', current: '34' })
    expect(other.quote(id).state).toBe('intact')
  })

  it('treat a garbled anchor from another replica as lost instead of throwing', () => {
    const { dossier, id } = dossierWithQuote()
    const record = dossier.claimRecord(id)!
    dossier.doc
      .getArray('claims')
      .push([{ ...record, id: 'c_garbled0001', quote: { text: 'x', start: '%%%', end: '' } }])
    expect(dossier.quote('c_garbled0001').state).toBe('lost')
  })

  it('treat an anchor into another part of the document as lost', () => {
    const { dossier, id } = dossierWithQuote()
    const record = dossier.claimRecord(id)!
    // A hostile replica points the quote at the first claim entry instead of the source text.
    const elsewhere = Y.createRelativePositionFromTypeIndex(dossier.doc.getArray('claims'), 0, 0)
    const encoded = toBase64(Y.encodeRelativePosition(elsewhere))
    dossier.doc
      .getArray('claims')
      .push([
        { ...record, id: 'c_elsewhere01', quote: { text: 'x', start: encoded, end: encoded } },
      ])
    expect(dossier.quote('c_elsewhere01').state).toBe('lost')
  })

  it('refuse a span outside the source text', () => {
    const dossier = newDossier()
    expect(() =>
      dossier.addClaim(
        { text: 'x', quote: { start: 5, end: 5000 }, attribution: { who: '' }, kind: 'other' },
        alice,
      ),
    ).toThrow(/not inside the source text/)
  })
})
