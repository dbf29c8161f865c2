/** One replacement in a text: `deleteCount` characters at `index` give way to `insert`. */
export interface TextEdit {
  readonly index: number
  readonly deleteCount: number
  readonly insert: string
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff

/**
 * The smallest single replacement that turns `before` into `after`: what lies between their
 * common start and common end. Costs one pass over the common parts, nothing more; a keystroke
 * anywhere in a long story is one small edit. The cut never falls inside a surrogate pair, so an
 * emoji typed next to another is one whole character, not half of one.
 */
export const diffText = (before: string, after: string): TextEdit | null => {
  if (before === after) return null
  const shorter = Math.min(before.length, after.length)
  let prefix = 0
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix += 1
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix -= 1
  let suffix = 0
  const room = shorter - prefix
  while (
    suffix < room &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix += 1
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix -= 1
  return {
    index: prefix,
    deleteCount: before.length - prefix - suffix,
    insert: after.slice(prefix, after.length - suffix),
  }
}

export const applyEdit = (text: string, edit: TextEdit): string =>
  text.slice(0, edit.index) + edit.insert + text.slice(edit.index + edit.deleteCount)

/**
 * Where `index` stands after `edit`: before the edit it stays, after it it shifts, and inside the
 * replaced part it goes to the edit's start (`side` -1) or past what was inserted (`side` 1).
 */
export const mapIndex = (index: number, edit: TextEdit, side: -1 | 1): number => {
  if (index < edit.index) return index
  const end = edit.index + edit.deleteCount
  if (index > end || (index === end && edit.deleteCount > 0)) {
    return index - edit.deleteCount + edit.insert.length
  }
  if (index === edit.index && edit.deleteCount === 0) {
    return side < 0 ? index : index + edit.insert.length
  }
  return side < 0 ? edit.index : edit.index + edit.insert.length
}

/**
 * A local edit made against a text that someone else has since changed (`remote`, against the
 * same text), moved so that it applies to the changed text. Where the two overlap, the other
 * editor's change stays and the local one replaces only what is left of its part; its insert
 * is always kept. Used when an input method's composition ends after a remote change arrived.
 */
export const rebaseEdit = (local: TextEdit, remote: TextEdit | null): TextEdit => {
  if (remote === null) return local
  const start = mapIndex(local.index, remote, 1)
  const end = Math.max(start, mapIndex(local.index + local.deleteCount, remote, -1))
  return { index: start, deleteCount: end - start, insert: local.insert }
}
