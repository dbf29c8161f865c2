/**
 * The real ingest worker, with its last message changed on the way out: it stands in for a
 * worker that posts something the host must refuse. The story's file name says what to change
 * (`ingestInWorker`'s `workerFile`, a seam for tests only).
 */
import { parentPort } from 'node:worker_threads'
import type { TransferListItem } from 'node:worker_threads'
import type { IngestJob } from '../../../../src/main/host/import/ingest-job'

type Posted = { type: string; summary?: Record<string, unknown> }

const TAMPERS: Record<string, (summary: Record<string, unknown>) => Record<string, unknown>> = {
  'unsafe-id.txt': (summary) => ({ ...summary, id: '../../escaped' }),
  'no-counts.txt': ({ counts: _counts, ...summary }) => summary,
  'claims-miscounted.txt': (summary) => ({ ...summary, claims: Number(summary.claims) + 1 }),
}

const port = parentPort!
let tamper: ((summary: Record<string, unknown>) => Record<string, unknown>) | undefined
// The real worker's listener, wrapped as it attaches: each job's file name is read first. (A
// listener of this file's own would start the port before the real one is attached.)
const on = port.on.bind(port)
const wrapped = (event: string, listener: (value: unknown) => void) =>
  on(event, (job: IngestJob) => {
    tamper = TAMPERS[job.input.filename ?? '']
    listener(job)
  })
port.on = wrapped as typeof port.on
const postMessage = port.postMessage.bind(port)
port.postMessage = (message: Posted, transfer?: readonly TransferListItem[]) =>
  postMessage(
    message.type === 'done' && message.summary !== undefined && tamper !== undefined
      ? { ...message, summary: tamper(message.summary) }
      : message,
    transfer,
  )

// Only now: the worker runs as it is imported, and must find postMessage already replaced.
await import('../../../../src/main/host/import/ingest-worker')
