import { describe, expect, it } from 'vitest'
import { findDate, normalizeText, parseDocument, rulesFor } from '../../../src/shared/ingest'
import { ELECTION_MARKDOWN, FERRY_HTML, FLOOD_TEXT } from './stories'

describe('parseDocument', () => {
  it('reads a plain-text story: headline, date line, paragraphs separated by blank lines', () => {
    const doc = parseDocument(FLOOD_TEXT)
    expect(doc.format).toBe('text')
    expect(doc.title).toBe('Floods in Marren province: officials revise toll as blame flies')
    expect(doc.dateline).toEqual({ raw: 'Posted June 3, 2025', date: '2025-06-03' })
    const paragraphs = doc.sourceText.split('\n\n')
    expect(paragraphs).toHaveLength(11)
    expect(paragraphs[0]).toMatch(/^Heavy rain sent the Dalo river/)
    expect(doc.sourceText).not.toContain('Posted June')
  })

  it('reads the same kind of metadata from Markdown and HTML', () => {
    const markdown = parseDocument(ELECTION_MARKDOWN, { filename: 'halden.md' })
    expect(markdown.format).toBe('markdown')
    expect(markdown.title).toBe('Recount ordered in Halden mayoral race')
    expect(markdown.dateline?.date).toBe('2025-05-02')
    expect(markdown.sourceText).not.toMatch(/[*#>]/)

    const html = parseDocument(FERRY_HTML)
    expect(html.format).toBe('html')
    expect(html.title).toBe('Ferry capsizes off Kalo island')
    expect(html.dateline?.date).toBe('2025-04-09')
    expect(html.sourceText.split('\n\n')).toHaveLength(6)
  })

  it('joins hard-wrapped lines and does not take a wrapped first paragraph for a headline', () => {
    const doc = parseDocument(
      'The first paragraph is wrapped\nover two lines, officials said.\n\nSecond one.',
    )
    expect(doc.title).toBeUndefined()
    expect(doc.sourceText).toBe(
      'The first paragraph is wrapped over two lines, officials said.\n\nSecond one.',
    )
  })

  it('normalises line ends, odd spaces and invisible characters', () => {
    expect(normalizeText('a\r\nb\rc\u00a0d\te\u200bf\u00ad\u0007g')).toBe('a\nb\nc d efg')
    const doc = parseDocument('Title\r\n\r\nBody\u00a0text\u2009here.')
    expect(doc.sourceText).toBe('Body text here.')
  })

  it('respects an explicit format over sniffing', () => {
    const doc = parseDocument('<p>Shown as typed.</p>', { format: 'text' })
    expect(doc.sourceText).toBe('<p>Shown as typed.</p>')
  })

  it('finds calendar dates written several ways and rejects impossible ones', () => {
    const en = rulesFor('en')
    expect(findDate('Published 14 March 2024, 09:12', en)).toBe('2024-03-14')
    expect(findDate('Nov. 28, 2018', en)).toBe('2018-11-28')
    expect(findDate('updated 2024-02-29', en)).toBe('2024-02-29')
    expect(findDate('February 30, 2024', en)).toBeUndefined()
  })
})
