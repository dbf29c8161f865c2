import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../src/shared/ingest'

/**
 * Page and release furniture removed in round 32 of the ingest corpus (docs/ingest.md): a
 * "Last modified" line, a charity's registration, a contact line. Every name and number is
 * invented.
 */
describe('release and page furniture', () => {
  it('drops a "Last modified" line, a registration and a contact line', () => {
    const story = [
      'Young carers miss school',
      'A survey of 2,140 young people found 41% missed school every week.',
      'Tue 21 Oct 2025 15.12 BST · Last modified 18.40 BST',
      'Registered charity number 1187734.',
      'Lucy Brannagh, Media Manager press@harlowcarers.example 01632 960418',
    ].join('\n\n')
    const { sourceText } = parseDocument(story)
    expect(sourceText).toContain('2,140 young people')
    for (const line of ['Last modified', 'Registered charity', 'press@harlowcarers'])
      expect(sourceText).not.toContain(line)
  })

  it('keeps a sentence that gives an email address', () => {
    const story = [
      'Young carers miss school',
      'A survey of 2,140 young people found 41% missed school every week.',
      'Readers can send their own figures to data@harlowpost.example.',
    ].join('\n\n')
    expect(parseDocument(story).sourceText).toContain('data@harlowpost.example')
  })
})
