import { describe, expect, it } from 'vitest'
import { rulesFor, splitSentences } from '../../../src/shared/ingest'

const en = rulesFor('en')
const split = (text: string): string[] => splitSentences(text, en).map((sentence) => sentence.text)

describe('splitSentences', () => {
  it('does not end a sentence at titles, initials, decimals or "No."', () => {
    expect(
      split(
        'Dr. Ana Ruiz and Gen. J. K. Osei met at No. 5 Harbour St. on Monday. The level was 2.5 m.',
      ),
    ).toEqual([
      'Dr. Ana Ruiz and Gen. J. K. Osei met at No. 5 Harbour St. on Monday.',
      'The level was 2.5 m.',
    ])
  })

  it('ends at "U.S." or "a.m." only when a sentence opener follows', () => {
    expect(
      split(
        'Aid came from the U.S. Army and the U.N. refugee agency. It arrived at 4 a.m. Monday.',
      ),
    ).toEqual([
      'Aid came from the U.S. Army and the U.N. refugee agency.',
      'It arrived at 4 a.m. Monday.',
    ])
    expect(split('The money came from the U.S. The ministry confirmed it.')).toEqual([
      'The money came from the U.S.',
      'The ministry confirmed it.',
    ])
  })

  it('keeps a quotation of several sentences with its attribution', () => {
    expect(
      split('"The dam is safe. We checked it twice," the minister said. Engineers disagreed.'),
    ).toEqual([
      '"The dam is safe. We checked it twice," the minister said.',
      'Engineers disagreed.',
    ])
    expect(split('\u201cWhy now? Nobody asked us,\u201d she said. Then she left.')).toEqual([
      '\u201cWhy now? Nobody asked us,\u201d she said.',
      'Then she left.',
    ])
  })

  it('ends after a closing quote and before an opening one', () => {
    expect(split('He called it a "crisis." "It is a lie," they said.')).toEqual([
      'He called it a "crisis."',
      '"It is a lie," they said.',
    ])
  })

  it('does not let an unbalanced quotation mark swallow the paragraph', () => {
    expect(split('He said "the figure is wrong. Officials left. Nobody came.')).toEqual([
      'He said "the figure is wrong.',
      'Officials left.',
      'Nobody came.',
    ])
  })

  it('continues after "?" or "!" when a lowercase attribution follows', () => {
    expect(split('"Where is the money?" asked the mayor. He got no reply!')).toEqual([
      '"Where is the money?" asked the mayor.',
      'He got no reply!',
    ])
  })

  it('never joins paragraphs, and gives offsets into the whole text', () => {
    const text = 'First paragraph ends without a stop\n\nSecond paragraph. Third sentence.'
    const sentences = splitSentences(text, en)
    expect(sentences.map((sentence) => sentence.paragraph)).toEqual([0, 1, 1])
    for (const sentence of sentences) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text)
    }
  })
})
