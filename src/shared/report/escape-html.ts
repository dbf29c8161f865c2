const HTML_SPECIAL = /[&<>"']/g
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Safe both as element text and inside a quoted attribute value. */
export const escapeHtml = (text: string): string =>
  text.replace(HTML_SPECIAL, (char) => ENTITIES[char] ?? char)
