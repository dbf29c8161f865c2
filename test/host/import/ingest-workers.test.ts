import { once } from 'node:events'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ingestInWorker } from '../../../src/main/host/import/ingest-in-worker'
import {
  WARM_IDLE_MS,
  hasWarmIngestWorker,
  prewarmIngestWorker,
  releaseIngestWorker,
  stopWarmIngestWorker,
  takeIngestWorker,
} from '../../../src/main/host/import/ingest-workers'
import { Library } from '../../../src/main/host/library/library'
import { IngestError } from '../../../src/shared/ingest'
import { onCleanup } from '../../support/cleanup'
import { tempDir } from '../../support/temp-dir'
import { newsStory } from '../../shared/ingest/news-story'

afterEach(async () => {
  vi.useRealTimers()
  await stopWarmIngestWorker()
})

const signer = async () => {
  const library = await Library.open(await tempDir())
  onCleanup(() => library.close())
  return library.identity()
}

const exited = (worker: ReturnType<typeof takeIngestWorker>) => once(worker, 'exit')

describe('the warm ingest worker', () => {
  it('is the worker the next job takes, started once for both', () => {
    const worker = takeIngestWorker()
    releaseIngestWorker(worker, true)
    expect(hasWarmIngestWorker()).toBe(true)
    const next = takeIngestWorker()
    expect(next.threadId).toBe(worker.threadId)
    expect(hasWarmIngestWorker()).toBe(false)
    releaseIngestWorker(next, false)
  })

  it('is one worker at most: a second one back from a job is stopped', async () => {
    const first = takeIngestWorker()
    const second = takeIngestWorker()
    expect(second.threadId).not.toBe(first.threadId)
    releaseIngestWorker(first, true)
    const secondExit = exited(second)
    releaseIngestWorker(second, true)
    await secondExit
    const next = takeIngestWorker()
    expect(next.threadId).toBe(first.threadId)
    releaseIngestWorker(next, false)
  })

  it('is never a worker that failed or overran its job', async () => {
    const worker = takeIngestWorker()
    const exit = exited(worker)
    releaseIngestWorker(worker, false)
    await exit
    expect(hasWarmIngestWorker()).toBe(false)
  })

  it('stops after WARM_IDLE_MS with nothing to do', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const worker = takeIngestWorker()
    const exit = exited(worker)
    releaseIngestWorker(worker, true)
    vi.advanceTimersByTime(WARM_IDLE_MS - 1)
    expect(hasWarmIngestWorker()).toBe(true)
    vi.advanceTimersByTime(1)
    expect(hasWarmIngestWorker()).toBe(false)
    await exit
  })

  it('is forgotten if it dies while idle, and the next job starts a new one', async () => {
    const worker = takeIngestWorker()
    releaseIngestWorker(worker, true)
    await worker.terminate()
    expect(hasWarmIngestWorker()).toBe(false)
    const next = takeIngestWorker()
    expect(next.threadId).not.toBe(worker.threadId)
    releaseIngestWorker(next, false)
  })
})

describe('a worker readied ahead of an import (the import form is in use)', () => {
  it('warms up on the sample story, then waits for the job as a warm worker', async () => {
    prewarmIngestWorker()
    expect(hasWarmIngestWorker()).toBe(true)
    const worker = takeIngestWorker()
    const [answer] = (await once(worker, 'message')) as [{ type: string }]
    expect(answer.type).toBe('warmed')
    releaseIngestWorker(worker, true)
    // Asked again while one waits: no second worker.
    prewarmIngestWorker()
    const same = takeIngestWorker()
    expect(same.threadId).toBe(worker.threadId)
    releaseIngestWorker(same, false)
  })

  it('is not started while a worker is at work: that one is the warm one after its job', () => {
    const working = takeIngestWorker()
    prewarmIngestWorker()
    expect(hasWarmIngestWorker()).toBe(false)
    releaseIngestWorker(working, true)
    prewarmIngestWorker()
    const next = takeIngestWorker()
    expect(next.threadId).toBe(working.threadId)
    releaseIngestWorker(next, false)
  })

  it('takes a job sent during its warm-up after it, and answers it in full', async () => {
    prewarmIngestWorker()
    const by = await signer()
    const imported = await ingestInWorker({ text: newsStory(4 * 1024), title: 'Queued' }, by, {
      timeoutMs: 60_000,
    })
    expect(imported.summary.title).toBe('Queued')
    expect(imported.summary.claims).toBeGreaterThan(0)
    expect(hasWarmIngestWorker()).toBe(true)
  })
})

describe('a job the worker is sent', () => {
  it('is checked where it arrives: one without a story is answered as failed, not run', async () => {
    const worker = takeIngestWorker()
    onCleanup(async () => {
      const exit = exited(worker)
      releaseIngestWorker(worker, false)
      await exit
    })
    const answer = once(worker, 'message')
    worker.postMessage({ type: 'job', author: { publicKey: 'ab', name: 'Ines' } })
    const [message] = (await answer) as [{ type: string; message: string }]
    expect(message.type).toBe('failed')
    expect(message.message).toMatch(/^the worker was sent no story to import \(.*input/s)
  })
})

describe('imports through the warm worker', () => {
  it('ingest each story afresh: nothing of one job is left in the next', async () => {
    const by = await signer()
    const options = { timeoutMs: 60_000 }
    const first = await ingestInWorker({ text: newsStory(8 * 1024), title: 'First' }, by, options)
    expect(hasWarmIngestWorker()).toBe(true)
    const second = await ingestInWorker({ text: newsStory(2 * 1024), title: 'Second' }, by, options)
    expect(first.summary.title).toBe('First')
    expect(second.summary.title).toBe('Second')
    expect(second.summary.id).not.toBe(first.summary.id)
    expect(second.summary.claims).toBeLessThan(first.summary.claims)
    expect(second.state.length).toBeLessThan(first.state.length)
  })

  it('keep the worker that refused a story: it answered as it should', async () => {
    const refused = ingestInWorker({ text: '   ' }, await signer(), { timeoutMs: 60_000 })
    await expect(refused).rejects.toThrow(IngestError)
    await expect(refused).rejects.toThrow('the story is empty')
    expect(hasWarmIngestWorker()).toBe(true)
  })

  it('stop the worker that overran, and say nothing was added', async () => {
    const overran = ingestInWorker({ text: newsStory(512 * 1024) }, await signer(), {
      timeoutMs: 50,
    })
    await expect(overran).rejects.toThrow(/took more than 0\.05 s to import and was stopped/)
    expect(hasWarmIngestWorker()).toBe(false)
  })
})
