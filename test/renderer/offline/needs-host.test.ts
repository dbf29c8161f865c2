import { describe, expect, it } from 'vitest'
import { NeedsHostError, needingHost } from '../../../src/renderer/offline/needs-host'
import type { HostCalls } from '../../../src/renderer/offline/needs-host'
import { NEEDS_HOST } from '../../../src/renderer/offline/offline-library'
import { RpcError } from '../../../src/shared/protocol'
import type { RpcResult } from '../../../src/shared/protocol'
import type { SharingMethod } from '../../../src/renderer/state/sharing-rpc'
import type { LinkState } from '../../../src/shared/session'

/** A host connection whose state the test sets and whose calls answer as told. */
const connection = (state: LinkState, answer: () => Promise<unknown>) => {
  const calls: string[] = []
  const host: HostCalls = {
    state,
    call: <M extends SharingMethod>(method: M): Promise<RpcResult<M>> => {
      calls.push(method)
      return answer() as Promise<RpcResult<M>>
    },
  }
  return { host, calls }
}

describe('host calls while the host is away', () => {
  it('are refused at once with words the editor can act on, without sending anything', async () => {
    const { host, calls } = connection(
      { kind: 'offline', reason: 'the host is not running', retryAt: 1 },
      () => Promise.resolve({}),
    )
    await expect(needingHost(host).call('versions', { id: 'm_dam00001' })).rejects.toThrow(
      NEEDS_HOST,
    )
    expect(calls).toEqual([])
  })

  it('say the same when the connection drops during the call', async () => {
    const { host } = connection({ kind: 'live' }, () =>
      Promise.reject(new RpcError('disconnected', 'the connection to the host closed')),
    )
    await expect(
      needingHost(host).call('export', { id: 'm_dam00001', format: 'csv' }),
    ).rejects.toBeInstanceOf(NeedsHostError)
  })

  it('pass the host’s own answers and refusals through unchanged', async () => {
    const refused = new RpcError('forbidden', 'viewers cannot freeze versions')
    const failing = connection({ kind: 'live' }, () => Promise.reject(refused))
    await expect(
      needingHost(failing.host).call('freeze', { id: 'm_dam00001', name: 'v' }),
    ).rejects.toBe(refused)
    const answering = connection({ kind: 'live' }, () => Promise.resolve({ versions: [] }))
    await expect(
      needingHost(answering.host).call('versions', { id: 'm_dam00001' }),
    ).resolves.toEqual({
      versions: [],
    })
  })
})
