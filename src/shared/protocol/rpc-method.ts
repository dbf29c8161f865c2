import * as z from 'zod'

/**
 * How the contract's modules declare one RPC method. Params are checked strictly (an unknown key
 * is an error, so a typo does not silently do something else); results drop keys they do not name.
 */
export type RpcMethodSpec<P extends z.ZodType, R extends z.ZodType> = {
  /** Changes the library: refused to viewers. */
  mutates: boolean
  params: P
  result: R
  /** How long a caller waits for the answer, when longer than the usual RPC timeout. */
  timeoutMs?: number
}

export const defineRpcMethod = <P extends z.ZodType, R extends z.ZodType>(
  spec: RpcMethodSpec<P, R>,
): RpcMethodSpec<P, R> => spec

/** Every count and size in the contract: one shape, so a count means the same in every method. */
export const count = z.number().int().nonnegative()
