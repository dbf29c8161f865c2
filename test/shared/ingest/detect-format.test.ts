import { describe, expect, it } from 'vitest'
import { detectFormat } from '../../../src/shared/ingest'
import { ELECTION_MARKDOWN, FERRY_HTML, FLOOD_TEXT } from './stories'

describe('detectFormat', () => {
  it('trusts a known file extension over the content', () => {
    expect(detectFormat('story.HTML', 'plain words')).toBe('html')
    expect(detectFormat('story.htm', '')).toBe('html')
    expect(detectFormat('notes.md', '<p>tags</p><p>inside</p><p>markdown</p>')).toBe('markdown')
    expect(detectFormat('draft.markdown', 'x')).toBe('markdown')
    expect(detectFormat('story.txt', '# Looks like a heading')).toBe('text')
  })

  it('sniffs the content when the name says nothing', () => {
    expect(detectFormat(undefined, FERRY_HTML)).toBe('html')
    expect(detectFormat('upload', ELECTION_MARKDOWN)).toBe('markdown')
    expect(detectFormat(undefined, FLOOD_TEXT)).toBe('text')
    expect(detectFormat('story.dat', FLOOD_TEXT)).toBe('text')
  })

  it('recognises an HTML fragment by its tags and a document by its start', () => {
    expect(detectFormat(undefined, '<p>One.</p>\n<p>Two, <em>said</em> X.</p>')).toBe('html')
    expect(detectFormat(undefined, '  <!-- saved page -->\n<!DOCTYPE html><html>')).toBe('html')
    expect(detectFormat(undefined, 'Rates rose 5% <p> once')).toBe('text')
  })

  it('needs a heading or two signs of Markdown, not one stray asterisk', () => {
    expect(detectFormat(undefined, 'A ratio of 3*4 was cited, he said.')).toBe('text')
    expect(detectFormat(undefined, 'See [the report](https://example.org/r) and **this**.')).toBe(
      'markdown',
    )
    expect(detectFormat(undefined, '## Background\n\nText.')).toBe('markdown')
  })
})
