import * as z from 'zod'

/**
 * The RPC envelope: `{ id, method, params }` one way, `{ id, result }` or `{ id, error }` back,
 * as JSON in a MESSAGE_RPC frame. Which methods exist and what they take is rpc-contract.ts.
 */
export const RPC_ERROR_CODES = [
  'invalid-request',
  'method-not-found',
  'invalid-params',
  'forbidden',
  'not-found',
  'conflict',
  'busy',
  'not-durable',
  'internal',
  'bad-result',
  'disconnected',
  'timeout',
] as const
export type RpcErrorCode = (typeof RPC_ERROR_CODES)[number]

export const rpcIdSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER)

export const rpcRequestSchema = z.strictObject({
  id: rpcIdSchema,
  method: z.string().min(1).max(64),
  params: z.unknown(),
})
export type RpcRequest = z.infer<typeof rpcRequestSchema>

const rpcErrorBodySchema = z.strictObject({
  // A newer host may send codes this build does not know: they stay strings, never a failure.
  code: z.string().min(1).max(64),
  message: z.string().max(4000),
})

const rpcSuccessSchema = z.strictObject({ id: rpcIdSchema, result: z.unknown() })
const rpcFailureSchema = z.strictObject({ id: rpcIdSchema, error: rpcErrorBodySchema })

export type RpcResponse =
  | { readonly id: number; readonly result: unknown }
  | { readonly id: number; readonly error: { readonly code: string; readonly message: string } }

export type RpcMessage =
  | { readonly kind: 'request'; readonly request: RpcRequest }
  | { readonly kind: 'response'; readonly response: RpcResponse }

/** Thrown by RPC handlers to answer with a specific code; anything else is answered `internal`. */
export class RpcError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'RpcError'
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The envelope in `json`, or null when it is not one. Never throws. */
export const parseRpcMessage = (json: string): RpcMessage | null => {
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch {
    return null
  }
  if (!isRecord(value)) return null
  if ('method' in value) {
    const request = rpcRequestSchema.safeParse(value)
    return request.success ? { kind: 'request', request: request.data } : null
  }
  if ('error' in value) {
    const failure = rpcFailureSchema.safeParse(value)
    return failure.success ? { kind: 'response', response: failure.data } : null
  }
  if (!('result' in value)) return null
  const success = rpcSuccessSchema.safeParse(value)
  return success.success ? { kind: 'response', response: success.data } : null
}

export const errorResponse = (id: number, code: string, message: string): RpcResponse => ({
  id,
  error: { code, message },
})
