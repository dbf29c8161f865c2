import { RPC_CONTRACT, RpcError, errorResponse, isRpcMethod } from '../../../shared/protocol'
import type {
  HubMethod,
  LibraryMethod,
  Role,
  RpcMethod,
  RpcParams,
  RpcRequest,
  RpcResponse,
  RpcResult,
} from '../../../shared/protocol'

export interface RpcContext {
  /** The connection's id, as `peers` lists it. */
  readonly connection: string
  /** The dossier the connection syncs. */
  readonly dossierId: string
  readonly role: Role
}

type Handler<M extends RpcMethod> = (
  params: RpcParams<M>,
  context: RpcContext,
) => Promise<RpcResult<M>> | RpcResult<M>

/**
 * The library's side of the RPC, supplied by whoever hosts the library. Params arrive validated
 * and results are validated before they leave; a method left out answers `method-not-found`.
 * Throw RpcError to answer with a code (`not-found`, `conflict`, ...); any other error is
 * answered `internal` and reported to the hub's event listener, never to the replica.
 */
export type RpcHandler = { readonly [M in LibraryMethod]?: Handler<M> }
export type HubRpcHandlers = { readonly [M in HubMethod]: Handler<M> }
type AllHandlers = RpcHandler & HubRpcHandlers

/** Zod's issues are long; a replica needs the gist, bounded. */
const brief = (message: string): string =>
  message.length > 500 ? `${message.slice(0, 500)}...` : message

export const dispatchRpc = async (
  request: RpcRequest,
  context: RpcContext,
  handlers: AllHandlers,
  onInternalError: (method: string, error: unknown) => void,
): Promise<RpcResponse> => {
  const { id, method } = request
  if (!isRpcMethod(method)) return errorResponse(id, 'method-not-found', `no method ${method}`)
  const spec = RPC_CONTRACT[method]
  if (spec.mutates && context.role === 'viewer') {
    return errorResponse(id, 'forbidden', `${method} is not open to viewers`)
  }
  const params = spec.params.safeParse(request.params ?? {})
  if (!params.success) return errorResponse(id, 'invalid-params', brief(params.error.message))
  const handler = handlers[method] as
    ((params: unknown, context: RpcContext) => unknown) | undefined
  if (handler === undefined) {
    return errorResponse(id, 'method-not-found', `${method} is not available on this host`)
  }
  let result: unknown
  try {
    result = await handler(params.data, context)
  } catch (error) {
    if (error instanceof RpcError) return errorResponse(id, error.code, brief(error.message))
    onInternalError(method, error)
    return errorResponse(id, 'internal', `${method} failed on the host`)
  }
  const checked = spec.result.safeParse(result)
  if (!checked.success) {
    onInternalError(
      method,
      new Error(`${method} returned an invalid result: ${checked.error.message}`),
    )
    return errorResponse(id, 'internal', `${method} failed on the host`)
  }
  return { id, result: checked.data }
}
