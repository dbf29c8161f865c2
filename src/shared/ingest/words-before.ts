import type { Token } from './tokens'

/**
 * Whether one of `words` stands among the `reach` tokens before token `first`: "due" before
 * "to open in May", "moved" before "to December". Read by the rules on plans and their moves.
 */
export const anyWordBefore = (
  tokens: readonly Token[],
  first: number,
  reach: number,
  words: ReadonlySet<string>,
): boolean => {
  for (let at = first - 1; at >= 0 && at >= first - reach; at -= 1)
    if (words.has(tokens[at]!.lower)) return true
  return false
}
