import { describe, expect, it } from 'vitest'
import { HEADER_CSP, META_CSP } from '../../../src/main/host/web/content-security-policy'

/** The policy as directive name → sources. */
const directives = (policy: string): Map<string, string[]> =>
  new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((parts) => parts[0] !== '')
      .map(([name, ...sources]) => [name!, sources]),
  )

describe('the page’s Content-Security-Policy', () => {
  for (const [delivery, policy] of [
    ['header (the app scheme, dossier serve)', HEADER_CSP],
    ['<meta> tag (the built index.html)', META_CSP],
  ] as const) {
    describe(`as a ${delivery}`, () => {
      const parsed = directives(policy)

      it('loads nothing by default and scripts only from the app itself', () => {
        expect(parsed.get('default-src')).toEqual(["'none'"])
        expect(parsed.get('script-src')).toEqual(["'self'"])
        expect(parsed.get('style-src')).toEqual(["'self'"])
      })

      it('allows no inline code, no eval and no remote origin in any directive', () => {
        for (const [name, sources] of parsed) {
          for (const source of sources) {
            expect(source, `${name} ${source}`).toMatch(/^('self'|'none'|data:)$/)
          }
        }
        expect(policy).not.toMatch(/unsafe-|strict-dynamic|nonce-|sha\d+-|\*|https?:|wss?:/)
      })

      it('opens no socket beyond its origin: the desktop reaches its host through ports', () => {
        expect(parsed.get('connect-src')).toEqual(["'self'"])
      })

      it('embeds no plugins, keeps its base URL and posts no forms', () => {
        expect(parsed.get('object-src')).toEqual(["'none'"])
        expect(parsed.get('base-uri')).toEqual(["'none'"])
        expect(parsed.get('form-action')).toEqual(["'none'"])
        // data: only for images: Vite inlines small ones into the built files as data: URLs.
        const withData = [...parsed].filter(([, sources]) => sources.includes('data:'))
        expect(withData.map(([name]) => name)).toEqual(['img-src'])
      })
    })
  }

  it('refuses to be framed, in the header (browsers ignore frame-ancestors in <meta>)', () => {
    expect(directives(HEADER_CSP).get('frame-ancestors')).toEqual(["'none'"])
    expect(directives(META_CSP).has('frame-ancestors')).toBe(false)
  })
})
