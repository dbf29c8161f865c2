/**
 * The one rule for which addresses become links, in the app and in every report. Evidence URLs
 * come from other replicas and may be hostile, so an address is linked only when it is plainly a
 * web page:
 *
 * - the scheme is `http:` or `https:` (any case), followed by exactly `//` and a host: no
 *   `javascript:`, `data:`, `file:`, no protocol-relative `//host`, no `https:host`;
 * - it names no credentials (`https://bank.example@evil.example` hides its real host);
 * - after trimming the ends, it holds no whitespace, control or invisible formatting character
 *   (tab, newline, NUL, zero-width space, bidirectional override): a real address has none, and
 *   browsers silently drop some of them, which is how `java\tscript:` tricks work.
 *
 * What comes out is the address as the browser will read it (scheme and host lower-cased, an
 * international domain name in its `xn--` form, so a look-alike host shows what it is), with the
 * few characters that could end a Markdown link or an HTML attribute percent-encoded. Anything
 * else is null: callers show the address as text, never linked, and lose nothing.
 */
const WEB_ADDRESS = /^https?:\/\/(?![/\\])/i

const HIDDEN_OR_SPACE = /[\p{Cc}\p{Cf}\p{Z}\s]/u

/** Characters that could end a Markdown link destination or an HTML attribute. */
const UNSAFE_IN_LINK = /["'<>()\\`]/g

const percentEncode = (char: string): string =>
  `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`

export const safeWebUrl = (raw: string | undefined): string | null => {
  if (raw === undefined) return null
  const trimmed = raw.trim()
  if (!WEB_ADDRESS.test(trimmed) || HIDDEN_OR_SPACE.test(trimmed)) return null
  let url: URL
  try {
    url = new URL(trimmed)
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  if (url.hostname === '' || url.username !== '' || url.password !== '') return null
  return url.href.replace(UNSAFE_IN_LINK, percentEncode)
}
