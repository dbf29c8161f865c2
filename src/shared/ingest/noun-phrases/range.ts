import type { Token } from '../tokens'

/** Token range [from, to) of a phrase in a sentence's tokens. */
export interface Range {
  readonly from: number
  readonly to: number
}

export type Tokens = readonly Token[]

export const textOf = (tokens: Tokens, range: Range, source: string): string =>
  source.slice(tokens[range.from]!.start, tokens[range.to - 1]!.end)
