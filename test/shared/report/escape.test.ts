import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { escapeHtml } from '../../../src/shared/report/escape-html'
import { escapeMarkdown, markdownBlockQuote } from '../../../src/shared/report/escape-markdown'

/** What a CommonMark renderer shows for backslash escapes of ASCII punctuation. */
const unescapeMarkdown = (text: string): string =>
  text.replace(/\\([!-/:-@[-`{-~])/g, (_match, char: string) => char)

const decodeHtml = (text: string): string =>
  text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&')

const hostileText = fc.string({
  unit: fc.constantFrom(...'<>&"\'`*_[]()!#|~\\=-+.1 \n\ra:/'.split(''), 'javascript:', 'x'),
  maxLength: 40,
})

describe('escapeHtml', () => {
  it('leaves no character that could open a tag or end an attribute, and loses nothing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), hostileText), (text) => {
        const escaped = escapeHtml(text)
        expect(escaped).not.toMatch(/[<>"']/)
        expect(decodeHtml(escaped)).toBe(text)
      }),
    )
  })
})

describe('escapeMarkdown', () => {
  it('shows the text itself (line breaks as spaces) with every opener escaped', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), hostileText), (text) => {
        const escaped = escapeMarkdown(text)
        expect(escaped).not.toMatch(/[\r\n]/)
        expect(unescapeMarkdown(escaped)).toBe(text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' '))
        const unescapedRest = escaped.replace(/\\[!-/:-@[-`{-~]/g, '')
        expect(unescapedRest).not.toMatch(/[\\`*_[\]<>&~|#]/)
      }),
    )
  })

  it('keeps ordinary punctuation readable', () => {
    expect(escapeMarkdown('Col. Voss said 41 (later 50), not 12.')).toBe(
      'Col. Voss said 41 (later 50), not 12.',
    )
  })
})

describe('markdownBlockQuote', () => {
  it('quotes every line and lets no line start a heading, list, code block or link definition', () => {
    const quoted = markdownBlockQuote(
      '# heading\n- item\n+ item\n1. item\n2) item\n    code\n[x]: javascript:alert(1)\n\n=== \nplain',
    )
    expect(quoted.split('\n')).toEqual([
      '> \\# heading',
      '> \\- item',
      '> \\+ item',
      '> 1\\. item',
      '> 2\\) item',
      '> code',
      '> \\[x\\]: javascript:alert(1)',
      '>',
      '> \\=== ',
      '> plain',
    ])
  })
})
