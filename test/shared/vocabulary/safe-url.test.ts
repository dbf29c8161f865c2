import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { safeWebUrl } from '../../../src/shared/vocabulary'

describe('safeWebUrl', () => {
  it('links plain web addresses, as the browser will read them', () => {
    const accepted: [string, string][] = [
      ['https://example.org/a?b=1#c', 'https://example.org/a?b=1#c'],
      ['http://example.org', 'http://example.org/'],
      ['  HTTP://Example.org ', 'http://example.org/'],
      ['HTTPS://EXAMPLE.ORG/Path', 'https://example.org/Path'],
      ['https://example.org:8443/x', 'https://example.org:8443/x'],
      ['http://127.0.0.1:5180/report', 'http://127.0.0.1:5180/report'],
      // An international domain name is linked in its xn-- form, so a look-alike shows itself.
      ['https://münchen.example/straße', 'https://xn--mnchen-3ya.example/stra%C3%9Fe'],
      ['https://аpple.example/', 'https://xn--pple-43d.example/'],
    ]
    for (const [raw, href] of accepted) expect(safeWebUrl(raw), raw).toBe(href)
  })

  it('refuses anything else', () => {
    const hostile = [
      undefined,
      '',
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'JAVASCRIPT://example.org/%0aalert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'DATA:text/html;base64,PHNjcmlwdD4=',
      'file:///etc/passwd',
      'ftp://example.org/x',
      'mailto:someone@example.org',
      '//evil.example',
      '///evil.example',
      '\\\\evil.example',
      'https:evil.example',
      'https:/evil.example',
      'https:///evil.example',
      'https:\\\\evil.example',
      'https:// evil.example',
      'http://',
      'https://?x',
      '/relative',
      'example.org',
      // Credentials hide the real host: this one goes to evil.example.
      'https://bank.example@evil.example/',
      'https://user:secret@example.org/',
      'https://:secret@example.org/',
      // Whitespace, control and invisible characters anywhere inside.
      'ht\ttp://example.org',
      'https://exa\nmple.org',
      'https://example.org/a\rb',
      'https://example.org/a b',
      'https://example.org/\u0000',
      'https://example.org/\u007f',
      'https://example.org/\u0085',
      'https://exa\u200bmple.org/',
      'https://example.org/\u202egnp.exe',
      'https://example.org/\u2066x',
      'https://example.org/\u00a0x',
      'https://example.org/\u3000x',
      'https://example.org/\ufeffx',
      'https://exam ple.org/',
    ]
    for (const raw of hostile) expect(safeWebUrl(raw), JSON.stringify(raw)).toBeNull()
  })

  it('percent-encodes what could end a Markdown link or an HTML attribute', () => {
    expect(safeWebUrl("https://e.example/\"onerror=x(a)<b>'c'`d`?q='x'\\")).toBe(
      'https://e.example/%22onerror=x%28a%29%3Cb%3E%27c%27%60d%60?q=%27x%27%5C',
    )
    const unit = fc.constantFrom(...'<>&"\'`*_[]()!#|~\\=-+.1a:/?@%'.split(''))
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (path) => {
        const url = safeWebUrl(`https://e.example/${path}`)
        expect(url).not.toBeNull()
        expect(url).not.toMatch(/[\s"'<>()\\`]/)
        expect(url?.startsWith('https://e.example/')).toBe(true)
      }),
    )
  })

  it('links only http(s) addresses, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc.webUrl().map((u) => ` ${u}\t`),
        ),
        (raw) => {
          const url = safeWebUrl(raw)
          if (url !== null) expect(url).toMatch(/^https?:\/\/[^/@\s]+\//)
        },
      ),
    )
  })
})
