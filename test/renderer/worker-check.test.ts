import { describe, expect, it } from 'vitest'
import { workerCheck } from '../../src/renderer/signatures/worker-check'
import type { VerifyRequest } from '../../src/renderer/signatures/worker-messages'

/**
 * A stand-in for a verify worker (the real one runs in Chromium: test/renderer/hosted.test.ts):
 * it answers each batch with `answer`, or fails like a worker whose script errored.
 */
class FakeWorker {
  onmessage: ((event: MessageEvent<unknown>) => void) | null = null
  onerror: ((event: Event) => void) | null = null
  readonly batches: number[] = []
  terminated = false

  constructor(private readonly answer: (request: VerifyRequest) => unknown) {}

  postMessage(request: VerifyRequest): void {
    this.batches.push(request.items.length)
    queueMicrotask(() => {
      const reply = this.answer(request)
      if (reply === 'fail') this.onerror?.(new Event('error'))
      else this.onmessage?.({ data: reply } as MessageEvent<unknown>)
    })
  }

  terminate(): void {
    this.terminated = true
  }
}

const make = (answer: (request: VerifyRequest) => unknown) => {
  const workers: FakeWorker[] = []
  const pool = workerCheck(() => {
    const worker = new FakeWorker(answer)
    workers.push(worker)
    return worker as unknown as Worker
  }, 2)
  return { pool, workers }
}

const message = new Uint8Array([1, 2, 3])

describe('signature checks spread over verify workers', () => {
  it('sends what was asked in one turn as one batch per worker, and settles each check', async () => {
    const { pool, workers } = make((request) => ({
      id: request.id,
      results: request.items.map((item) => item.signature.startsWith('a')),
    }))
    const answers = await Promise.all(
      ['a1', 'b2', 'a3', 'b4', 'a5'].map((signature) => pool.check('key', message, signature)),
    )
    expect(answers).toEqual([true, false, true, false, true])
    expect(workers.map((worker) => worker.batches)).toEqual([[3], [2]])
    pool.close()
    expect(workers.every((worker) => worker.terminated)).toBe(true)
  })

  it('answers no, never yes, when a worker fails or replies with something else', async () => {
    const failing = make(() => 'fail')
    expect(await failing.pool.check('key', message, 'a1')).toBe(false)
    const garbled = make((request) => ({ id: request.id, results: ['yes'] }))
    const pending = garbled.pool.check('key', message, 'a1')
    garbled.pool.close()
    expect(await pending).toBe(false)
  })
})
