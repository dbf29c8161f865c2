import type { AsyncSignatureCheck } from '../../shared/dossier'
import { isVerifyReply } from './worker-messages'
import type { VerifyRequest } from './worker-messages'

interface Pending {
  readonly item: VerifyRequest['items'][number]
  resolve(result: boolean): void
}

export interface WorkerCheck {
  readonly check: AsyncSignatureCheck
  close(): void
}

/**
 * Signature checks spread over `size` verify workers: the checks asked for in one turn of the
 * event loop go out as one batch per worker, and each answer settles its check. A worker that
 * fails answers "no" for what it held (the sweep then checks those in pure JS), never "yes".
 */
export const workerCheck = (makeWorker: () => Worker, size: number): WorkerCheck => {
  const workers = Array.from({ length: Math.max(1, size) }, makeWorker)
  const inFlight = new Map<number, Pending[]>()
  let queued: Pending[] = []
  let nextId = 1
  let next = 0
  let closed = false

  const settle = (id: number, results: readonly boolean[] | null): void => {
    const batch = inFlight.get(id)
    if (batch === undefined) return
    inFlight.delete(id)
    batch.forEach((pending, index) => pending.resolve(results?.[index] === true))
  }
  for (const worker of workers) {
    worker.onmessage = (event: MessageEvent<unknown>) => {
      if (isVerifyReply(event.data)) settle(event.data.id, event.data.results)
    }
    worker.onerror = () => {
      for (const id of [...inFlight.keys()]) settle(id, null)
    }
  }

  const flush = (): void => {
    const all = queued
    queued = []
    if (closed) return all.forEach((pending) => pending.resolve(false))
    const share = Math.ceil(all.length / workers.length)
    for (let start = 0; start < all.length; start += share) {
      const batch = all.slice(start, start + share)
      const id = nextId++
      inFlight.set(id, batch)
      const request: VerifyRequest = { id, items: batch.map(({ item }) => item) }
      workers[next++ % workers.length]!.postMessage(request)
    }
  }

  return {
    check: (key, message, signature) =>
      new Promise<boolean>((resolve) => {
        if (queued.length === 0) queueMicrotask(flush)
        queued.push({ item: { key, message, signature }, resolve })
      }),
    close: () => {
      closed = true
      for (const worker of workers) worker.terminate()
      for (const id of [...inFlight.keys()]) settle(id, null)
    },
  }
}
