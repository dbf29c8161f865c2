import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { HOST_FRAME_LIMITS, decodeFrame } from '../../../src/shared/protocol'
import { SessionLink } from '../../../src/shared/session'
import { memoryPair } from '../../../src/shared/transport'
import type { MemoryPair } from '../../../src/shared/transport'
import { record } from '../transport/transport-contract'

/** A link whose every dial makes a new in-memory pair; the host's ends are kept for the test. */
const linkOverPairs = (options: { reconnect?: boolean } = {}) => {
  const pairs: MemoryPair[] = []
  const link = new SessionLink({
    room: 'm_test',
    doc: new Y.Doc(),
    backoff: { baseMs: 100, capMs: 100, random: () => 0.5 },
    ...options,
    dialer: () => {
      const pair = memoryPair({ manual: true })
      pairs.push(pair)
      return pair.a
    },
  })
  return { link, pairs }
}

describe('SessionLink', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('starts the session at once on a transport that is open when dialled, and keeps it', async () => {
    const { link, pairs } = linkOverPairs()
    link.start()
    const host = record(pairs[0]!.b)
    pairs[0]!.deliverAll()
    const first = decodeFrame(host.messages[0]!, HOST_FRAME_LIMITS)
    expect(first.ok && first.frame.type).toBe('sync-step1')
    // Long past the open timeout: an open transport is not given up.
    await vi.advanceTimersByTimeAsync(60_000)
    expect(host.closes).toEqual([])
    expect(pairs).toHaveLength(1)
    link.close()
  })

  it('dials again after a close, and not at all with reconnect: false', async () => {
    const again = linkOverPairs()
    again.link.start()
    again.pairs[0]!.b.close(1001, 'host shutting down')
    again.pairs[0]!.deliverAll()
    expect(again.link.state).toMatchObject({ kind: 'offline', reason: 'host shutting down' })
    await vi.advanceTimersByTimeAsync(100)
    expect(again.pairs).toHaveLength(2)
    again.link.close()

    const once = linkOverPairs({ reconnect: false })
    once.link.start()
    once.pairs[0]!.b.close(1001, 'host shutting down')
    once.pairs[0]!.deliverAll()
    expect(once.link.state).toMatchObject({ kind: 'offline', retryAt: null })
    expect(once.link.lastClose).toMatchObject({ code: 1001, reason: 'host shutting down' })
    await vi.advanceTimersByTimeAsync(60_000)
    expect(once.pairs).toHaveLength(1)
    once.link.close()
  })
})
