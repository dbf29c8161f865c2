/**
 * Only plain web addresses become links in a report. Anything else a replica wrote into an
 * evidence URL (`javascript:`, `data:`, `file:`, a relative path) is shown as text, never linked.
 */
const WEB_URL = /^https?:\/\/[^\s/?#]+/i

/** Characters that could end a Markdown link destination or an HTML attribute, percent-encoded. */
const UNSAFE_IN_LINK = /[\s"'<>()\\`]/g

const percentEncode = (char: string): string =>
  encodeURIComponent(char).replace(
    /['()]/g,
    (ascii) => `%${ascii.charCodeAt(0).toString(16).toUpperCase()}`,
  )

export const safeHttpUrl = (url: string | undefined): string | null => {
  if (url === undefined) return null
  const trimmed = url.trim()
  if (!WEB_URL.test(trimmed)) return null
  return trimmed.replace(UNSAFE_IN_LINK, percentEncode)
}
