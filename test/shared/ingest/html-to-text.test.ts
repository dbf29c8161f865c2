import { describe, expect, it } from 'vitest'
import { decodeEntities, htmlToText } from '../../../src/shared/ingest'
import { FERRY_HTML } from './stories'

describe('decodeEntities', () => {
  it('decodes named, decimal and hex references', () => {
    expect(
      decodeEntities('Tom &amp; Jerry &quot;ok&quot; it&#39;s &#x2019; &#8212; &eacute;'),
    ).toBe('Tom & Jerry "ok" it\'s \u2019 \u2014 é')
  })

  it('maps the Windows-1252 range as browsers do and refuses invalid code points', () => {
    expect(decodeEntities('&#146;&#150;')).toBe('\u2019\u2013')
    expect(decodeEntities('&#0;&#xD800;&#x110000;')).toBe('\ufffd\ufffd\ufffd')
  })

  it('leaves unknown names alone and needs a semicolon except for the legacy few', () => {
    expect(decodeEntities('&bogus; &amp &copy 2025 &eacute')).toBe('&bogus; & © 2025 &eacute')
  })
})

describe('htmlToText', () => {
  const page = htmlToText(FERRY_HTML)
  const text = page.blocks.join('\n')

  it('takes the headline from the h1 and does not repeat it in the body', () => {
    expect(page.title).toBe('Ferry capsizes off Kalo island')
    expect(page.blocks[0]).toBe('Posted April 9, 2025')
  })

  it('drops scripts, styles, navigation, hidden and boilerplate parts, comments and captions', () => {
    for (const gone of [
      'not article text',
      'run()',
      'color: red',
      'Home',
      'cookies',
      'Related',
      'Hidden text',
      'Share on X',
      'commented out',
      'Photo:',
      'injected',
      'Coastal Times',
    ]) {
      expect(text).not.toContain(gone)
    }
  })

  it('keeps one block per paragraph, inline markup joined, entities decoded', () => {
    expect(page.blocks).toContain(
      'The coast guard said 31 passengers were rescued after the ferry Santa Ilse capsized 12 nautical miles off Kalo island early on Tuesday.',
    )
    expect(text).toContain(
      "\u201cThe captain ignored two weather warnings,\u201d the ministry's spokesman",
    )
    expect(text).toContain('denied the ship was overloaded & said')
    // A thin space (&#x2009;) is a space like any other in the desk's text.
    expect(text).toContain('about 20 minutes before it sank \u2014 far longer')
    expect(page.blocks).toHaveLength(7)
  })

  it('falls back to <title> without the site name when there is no h1', () => {
    const result = htmlToText('<title>Dam report &ndash; draft | The Paper</title><p>Body.</p>')
    expect(result.title).toBe('Dam report \u2013 draft')
    expect(result.blocks).toEqual(['Body.'])
  })

  it('treats <br><br> as a paragraph break and a single <br> as a space', () => {
    const result = htmlToText('<div>line one<br>line two<br><br>next paragraph</div>')
    expect(result.blocks).toEqual(['line one line two', 'next paragraph'])
  })

  it('survives broken markup: stray "<", unclosed tags, quotes holding ">"', () => {
    const result = htmlToText(
      '<p title="a > b">Rates fell 5 < 6 points<p>Second <b>bold <i>unclosed</p><script>never closed',
    )
    expect(result.blocks).toEqual(['Rates fell 5 < 6 points', 'Second bold unclosed'])
  })

  it('reads the longest <article>, not a teaser before it', () => {
    const result = htmlToText(
      '<body><article><p>Teaser.</p></article><article><p>The real story is longer than that.</p></article></body>',
    )
    expect(result.blocks).toEqual(['The real story is longer than that.'])
  })

  it('keeps a correction or editor’s note set in an <aside>, and drops every other aside', () => {
    const result = htmlToText(
      '<article><p>The council counted 214 flooded homes.</p>' +
        '<aside class="pull-quote">“We were not warned”</aside>' +
        '<aside class="correction" role="note"><h2>Correction</h2><p>The council later put the count at 241, not 214.</p>' +
        '<aside class="share">Share this</aside></aside>' +
        '<aside id="editors-note"><p>This story was updated on 3 May.</p></aside>' +
        '<aside class="updates-signup">Get updates</aside>' +
        '<aside class="correction-box" hidden>Old notice</aside>' +
        '<p>Repairs start next week.</p></article>',
    )
    expect(result.blocks).toEqual([
      'The council counted 214 flooded homes.',
      'Correction',
      'The council later put the count at 241, not 214.',
      'This story was updated on 3 May.',
      'Repairs start next week.',
    ])
  })

  it('keeps nested furniture out even when the same element nests', () => {
    const result = htmlToText('<p>Kept.</p><nav><nav>inner</nav>still nav</nav><p>Also kept.</p>')
    expect(result.blocks).toEqual(['Kept.', 'Also kept.'])
  })
})
