import { afterEach, describe, expect, it, vi } from 'vitest'
import { RPC_CONTRACT, RpcClient, RpcError } from '../../../src/shared/protocol'

afterEach(() => {
  vi.useRealTimers()
})

const outcome = (call: Promise<unknown>) => {
  const seen: { error: unknown } = { error: undefined }
  call.catch((error: unknown) => (seen.error = error))
  return seen
}

describe('how long an RPC call waits for its answer', () => {
  it('gives up after the usual timeout, except where the contract allows longer (a join)', async () => {
    vi.useFakeTimers()
    const client = new RpcClient(() => undefined, 50)
    const list = outcome(client.call('list', {}))
    const join = outcome(client.call('join', { link: 'verification-desk://join/x' }))
    await vi.advanceTimersByTimeAsync(50)
    expect(list.error).toBeInstanceOf(RpcError)
    expect((list.error as RpcError).code).toBe('timeout')
    // A join tries the LAN, then a relay's inviter and its first sync: minutes, not seconds.
    expect(join.error).toBeUndefined()
    await vi.advanceTimersByTimeAsync(RPC_CONTRACT.join.timeoutMs! - 51)
    expect(join.error).toBeUndefined()
    await vi.advanceTimersByTimeAsync(1)
    expect((join.error as RpcError).message).toBe('join got no answer in 300000 ms')
  })
})
