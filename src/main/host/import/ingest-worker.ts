/**
 * The ingest worker: turns stories into dossiers' states off the host's thread, so that syncing
 * and HTTP go on while it runs and the host can stop it (terminate) when it overruns. It takes
 * one job at a time and stays alive for the next (ingest-workers.ts keeps one warm: its modules
 * loaded and its code compiled, a second import skips both). It touches no library: the host
 * adds the dossier only once a job has finished, with the listing's summary counted here.
 */
import { parentPort } from 'node:worker_threads'
import * as Y from 'yjs'
import { IngestError, ingestStory } from '../../../shared/ingest'
import type { Signer } from '../../../shared/identity'
import { summarize } from '../library/summary-cache'
import { SIGNATURE_OFFSET, SIGN_DONE, SIGN_WAITING, ingestJobSchema } from './ingest-job'
import type { FromIngestWorker, IngestJob } from './ingest-job'

const post = (message: FromIngestWorker, transfer: ArrayBuffer[] = []): void =>
  parentPort?.postMessage(message, transfer)

const signerFor = (job: IngestJob): Signer => {
  const state = new Int32Array(job.signatures, 0, 2)
  return {
    ...job.author,
    sign: (message) => {
      Atomics.store(state, 0, SIGN_WAITING)
      post({ type: 'sign', message })
      Atomics.wait(state, 0, SIGN_WAITING)
      if (Atomics.load(state, 0) !== SIGN_DONE) throw new Error('the host could not sign')
      const length = Atomics.load(state, 1)
      const bytes = new Uint8Array(job.signatures, SIGNATURE_OFFSET, length).slice()
      return new TextDecoder().decode(bytes)
    },
  }
}

const run = (job: IngestJob): void => {
  try {
    const doc = new Y.Doc()
    const { dossier } = ingestStory(doc, job.input, signerFor(job))
    // Counted here, where the dossier is open: the host stores these bytes without opening them.
    const summary = summarize(dossier, new Date().toISOString())
    const update = Y.encodeStateAsUpdate(doc)
    post({ type: 'done', update, summary }, [update.buffer as ArrayBuffer])
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    post({ type: error instanceof IngestError ? 'refused' : 'failed', message })
  }
}

parentPort?.on('message', (received: unknown) => {
  const job = ingestJobSchema.safeParse(received)
  if (job.success) run(job.data)
  else
    post({
      type: 'failed',
      message: `the worker was sent no story to import (${job.error.message})`,
    })
})
