/**
 * Markdown escaping for user text (claims, names, rationale, evidence titles). Hostile text must
 * not open a link, an image, raw HTML or an entity, nor start a block of its own, so:
 * - inline values have their line breaks folded into spaces (no new heading, list or table);
 * - the punctuation that opens inline syntax is backslash-escaped (CommonMark allows a backslash
 *   before any ASCII punctuation, so every renderer shows the character itself);
 * - in multi-line blocks, each line's leading list or heading marker is escaped as well.
 * Full stops, commas and brackets that cannot open anything stay as they are, so the Markdown
 * source remains readable as plain text in an e-mail.
 */
const INLINE_SPECIAL = /[\\`*_[\]<>&~|#]/g
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/g
/** What can still start a block once the inline specials are escaped: - + = and "1." / "1)". */
const BLOCK_START = /^([-+=]|\d+(?=[.)]))/

export const escapeMarkdown = (text: string): string =>
  text.replace(LINE_BREAKS, ' ').replace(INLINE_SPECIAL, (char) => `\\${char}`)

/** One line of a multi-line block; leading spaces go, as they could make an indented code block. */
const escapeMarkdownLine = (line: string): string =>
  escapeMarkdown(line.trimStart()).replace(BLOCK_START, (marker) =>
    /^\d/.test(marker) ? `${marker}\\` : `\\${marker}`,
  )

/** A multi-line text as a Markdown block quote, paragraph breaks kept. */
export const markdownBlockQuote = (text: string): string =>
  text
    .split(LINE_BREAKS)
    .map((line) => (line.trim() === '' ? '>' : `> ${escapeMarkdownLine(line)}`))
    .join('\n')
