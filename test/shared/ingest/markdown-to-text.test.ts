import { describe, expect, it } from 'vitest'
import { markdownToText } from '../../../src/shared/ingest'
import { stripInline } from '../../../src/shared/ingest/markdown-to-text'
import { ELECTION_MARKDOWN } from './stories'

describe('markdownToText', () => {
  const doc = markdownToText(ELECTION_MARKDOWN)

  it('takes the first top-level heading as the title and keeps other headings as blocks', () => {
    expect(doc.title).toBe('Recount ordered in Halden mayoral race')
    expect(doc.blocks).toContain('What happens next')
    expect(doc.blocks).not.toContain('Recount ordered in Halden mayoral race')
  })

  it('removes emphasis, links and block-quote markers but keeps the words', () => {
    expect(doc.blocks).toContain('Published 2 May 2025')
    expect(doc.blocks).toContain(
      'Mayor Oskar Brandt, who won by 312 votes, denied claims by the Lind campaign that ballots were discarded in the Norrby district.',
    )
    expect(doc.blocks).toContain(
      '"This is a fishing expedition and the voters know it," Brandt told reporters.',
    )
  })

  it('drops fenced code', () => {
    expect(doc.blocks.join(' ')).not.toContain('raw tally')
  })

  it('joins wrapped lines, splits list items and reads setext headings and front matter', () => {
    const result = markdownToText(
      [
        '---',
        'title: "From front matter"',
        'date: 2025-05-02',
        '---',
        'Setext heading',
        '==============',
        '',
        'A paragraph wrapped',
        'over two lines.',
        '',
        '- first item',
        '- second item with `code_here`',
        '',
        '1. numbered',
        '',
        '[ref]: https://example.org/ref',
        '***',
      ].join('\n'),
    )
    expect(result.title).toBe('From front matter')
    expect(result.date).toBe('2025-05-02')
    expect(result.blocks).toEqual([
      'A paragraph wrapped over two lines.',
      'first item',
      'second item with code_here',
      'numbered',
    ])
  })

  it('strips inline markup without touching snake_case or arithmetic', () => {
    expect(stripInline('**Bold** and *it* and _em_ and ~~gone~~ but snake_case and 3*4*5')).toBe(
      'Bold and it and em and gone but snake_case and 3*4*5',
    )
    expect(stripInline('![alt](img.png)see [this](https://example.org/a_(b)) \\*literal\\*')).toBe(
      'see this *literal*',
    )
    expect(stripInline('A &amp; B <span class="x">inline</span> <https://example.org>')).toBe(
      'A & B inline https://example.org',
    )
  })
})
