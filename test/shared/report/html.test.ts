import { beforeAll, describe, expect, it } from 'vitest'
import { toHtml } from '../../../src/shared/report/html'
import { HOSTILE, buildSampleDossier } from './sample-dossier'

let html: string

beforeAll(() => {
  html = toHtml(buildSampleDossier().dossier, { generatedAt: '2025-03-04T09:30:00Z' })
})

const TAGS = new Set(
  'html head meta title style body main header h1 h2 h3 h4 p section article span dl dt dd ul ol li blockquote a strong div bdi'.split(
    ' ',
  ),
)
const ATTRIBUTES = new Set(
  'lang dir charset http-equiv content name class id role href rel'.split(' '),
)

/** Every tag in the page with its attributes; throws on anything that is not a clean tag. */
const tagsOf = (page: string): { name: string; attributes: Map<string, string> }[] => {
  const body = page
    .replace(/^<!doctype html>/, '')
    .replace(/<style>[\s\S]*?<\/style>/, '<style></style>')
  return [...body.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g)].map(([, , name, rest]) => {
    const attributes = new Map<string, string>()
    const leftover = rest!.replace(
      /\s([a-z-]+)="([^"]*)"/g,
      (_match, key: string, value: string) => {
        attributes.set(key, value)
        return ''
      },
    )
    if (leftover.trim() !== '') throw new Error(`unexpected markup in <${name}${rest}>`)
    return { name: name!.toLowerCase(), attributes }
  })
}

const articleOf = (number: number): string => {
  const start = html.indexOf(`<article class="`, html.indexOf(`id="claim-${number}"`) - 60)
  return html.slice(start, html.indexOf('</article>', start))
}

describe('toHtml', () => {
  it('is one self-contained page with the dossier language and direction', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en" dir="ltr">')).toBe(true)
    const rtl = toHtml(buildSampleDossier({ language: 'ar' }).dossier)
    expect(rtl).toContain('<html lang="ar" dir="rtl">')
    const head = html.slice(0, html.indexOf('</head>'))
    expect(head).not.toMatch(/https?:|url\(|@import|<link/i)
    expect(head).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none';`,
    )
  })

  it('contains no script and no markup but its own', () => {
    expect(html).not.toMatch(/<script/i)
    for (const tag of tagsOf(html)) {
      expect(TAGS, `<${tag.name}>`).toContain(tag.name)
      for (const name of tag.attributes.keys()) expect(ATTRIBUTES, name).toContain(name)
    }
  })

  it('links only to claims in the page and to http(s) evidence', () => {
    const hrefs = tagsOf(html)
      .map((tag) => tag.attributes.get('href'))
      .filter((href) => href !== undefined)
    expect(hrefs.filter((href) => !href.startsWith('#')).sort()).toEqual([
      'https://evidence.example/%22onerror=alert%285%29',
      'https://hospital.example/lists/2025-03-02?ward=a&amp;b=c',
    ])
    for (const href of hrefs.filter((href) => href.startsWith('#')))
      expect(html).toContain(`id="${href.slice(1)}"`)
    expect(hrefs).toContain('#claim-1')
  })

  it('shows hostile text as text', () => {
    expect(html).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt; [click](javascript:alert(1)) &quot;onerror=alert(2) &amp; **bold**',
    )
    expect(html).toContain('Looks fine &lt;img src=x onerror=alert(3)&gt; &lt;/script&gt;')
    expect(html).toContain('<bdi>&lt;img src=x onerror=alert(4)&gt;</bdi>')
    expect(html).toContain(`<div class="url">${HOSTILE.evidenceUrl}</div>`)
    expect(html).toContain('Not a web address, so not linked.')
    expect(html).not.toMatch(/href="\s*javascript/i)
  })

  it('groups claims in the report order with status badges', () => {
    const groups = [...html.matchAll(/<section class="group" id="group-([a-z]+)">/g)].map(
      (match) => match[1],
    )
    expect(groups).toEqual(['conflict', 'confirmed', 'disputed', 'retracted', 'unverified'])
    const articles = [...html.matchAll(/<article class="claim ([a-z]+)" id="claim-(\d+)">/g)].map(
      (match) => `${match[2]}:${match[1]}`,
    )
    expect(articles).toEqual([
      '3:conflict',
      '2:confirmed',
      '4:disputed',
      '7:disputed',
      '1:retracted',
      '5:unverified',
      '6:unverified',
      '8:unverified',
    ])
    expect(html).toContain(
      '<span class="badge conflict">Conflicting decisions</span><span class="n">1</span>',
    )
  })

  it('shows the conflicting decisions, history and signature checks of a claim', () => {
    const conflict = articleOf(3)
    expect(conflict).toContain('<span class="badge confirmed">Confirmed</span>')
    expect(conflict).toContain('<span class="badge disputed">Disputed</span>')
    expect(conflict).toContain('by <bdi>Ana Ruiz</bdi>')
    expect(conflict).toContain('by <bdi>Ben Okafor</bdi>')
    const hostile = articleOf(7)
    // The tampered decision is in the history, marked; it is not the current one.
    expect(hostile).not.toContain('⚠ decision tampered')
    const history = hostile.slice(hostile.indexOf('History (oldest first)'))
    const checks = [...history.matchAll(/<span class="sig ([a-z]+)">([^<]*)<\/span>/g)]
    expect(checks.map((match) => match[2])).toEqual([
      'signature verified',
      'signature does not match (tampered)',
    ])
  })

  it('says when a quote was edited or lost', () => {
    expect(articleOf(5)).toContain('Quote edited:')
    expect(articleOf(5)).toContain(
      '<blockquote class="edited" dir="auto">treated 85 wounded</blockquote>',
    )
    expect(articleOf(6)).toContain('Quote lost:')
    expect(articleOf(6)).toContain('<blockquote class="lost" dir="auto">A witness said')
  })
})
