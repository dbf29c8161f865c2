import { encodeRpc } from './encode'
import { RPC_CONTRACT } from './rpc-contract'
import type { RpcMethod, RpcParamsInput, RpcResult } from './rpc-contract'
import { RpcError } from './rpc-envelope'
import type { RpcResponse } from './rpc-envelope'

interface Pending {
  readonly method: RpcMethod
  readonly resolve: (result: unknown) => void
  readonly reject: (error: RpcError) => void
  readonly timer: ReturnType<typeof setTimeout>
}

export const DEFAULT_RPC_TIMEOUT_MS = 30_000

/**
 * The id a connection's liveness probe asks `ping` with (src/renderer/sync/liveness.ts). Calls
 * count up from 1 and never reach it, so the answer settles no call: it is ignored like any
 * answer to no call, after it has shown that the host is there.
 */
export const PROBE_RPC_ID = Number.MAX_SAFE_INTEGER

/**
 * The calling side of the RPC: checks params before they leave and results when they come back,
 * against the same contract the host checks them with, so both ends fail the same way.
 */
export class RpcClient {
  private nextId = 1
  private readonly pending = new Map<number, Pending>()

  constructor(
    private readonly send: (bytes: Uint8Array) => void,
    private readonly timeoutMs = DEFAULT_RPC_TIMEOUT_MS,
  ) {}

  call<M extends RpcMethod>(method: M, params: RpcParamsInput<M>): Promise<RpcResult<M>> {
    const checked = RPC_CONTRACT[method].params.safeParse(params)
    if (!checked.success) {
      return Promise.reject(new RpcError('invalid-params', checked.error.message))
    }
    const id = this.nextId++
    const timeoutMs = Math.max(this.timeoutMs, RPC_CONTRACT[method].timeoutMs ?? 0)
    return new Promise<RpcResult<M>>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id)
        reject(new RpcError('timeout', `${method} got no answer in ${timeoutMs} ms`))
      }, timeoutMs)
      const settle = (result: unknown): void => resolve(result as RpcResult<M>)
      this.pending.set(id, { method, resolve: settle, reject, timer })
      try {
        this.send(encodeRpc({ id, method, params: checked.data }))
      } catch (error) {
        this.settle(id)?.reject(new RpcError('disconnected', String(error)))
      }
    })
  }

  /** Settles the call `response` answers; a response to no call is ignored. */
  receive(response: RpcResponse): void {
    const call = this.settle(response.id)
    if (call === undefined) return
    if ('error' in response) {
      call.reject(new RpcError(response.error.code, response.error.message))
      return
    }
    const result = RPC_CONTRACT[call.method].result.safeParse(response.result)
    if (result.success) call.resolve(result.data)
    else call.reject(new RpcError('bad-result', `${call.method}: ${result.error.message}`))
  }

  /** Rejects every call in flight, for a connection that is gone. */
  failAll(code: string, message: string): void {
    for (const id of [...this.pending.keys()]) this.settle(id)?.reject(new RpcError(code, message))
  }

  get inFlight(): number {
    return this.pending.size
  }

  private settle(id: number): Pending | undefined {
    const call = this.pending.get(id)
    if (call === undefined) return undefined
    this.pending.delete(id)
    clearTimeout(call.timer)
    return call
  }
}
