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
import { createDeviceKey, signerFromKey } from '../../../shared/identity'
import type { Signer } from '../../../shared/identity'
import { SAMPLE_ARTICLE } from '../../../shared/sample/sample-article'
import { summarize } from '../library/summary-cache'
import { SIGNATURE_OFFSET, SIGN_DONE, SIGN_WAITING, toIngestWorkerSchema } from './ingest-job'
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

/**
 * A warm-up ingests the sample story, repeated into a story of some 45 KB, a few times: enough
 * for V8 to compile the ingest's hot functions and for the worker's heap to grow (a first import
 * of 1 MB otherwise pays for both while it runs: 2.8 s against 1.2 s warm, 1.7 s after this
 * warm-up, which takes about half a second), and done while an editor picks a file.
 */
const WARM_UP_ROUNDS = 4
const WARM_UP_STORY = { text: SAMPLE_ARTICLE.repeat(20), filename: 'sample.txt' }

/**
 * Ingests the built-in sample story into documents thrown away, signed by a key made for it and
 * forgotten: nothing of it reaches the host but 'warmed'. A warm-up that fails is not reported
 * as a failure; the job after it meets the same problem and says so.
 */
const warmUp = (): void => {
  const signer = signerFromKey(createDeviceKey('warm-up'))
  try {
    for (let round = 0; round < WARM_UP_ROUNDS; round++) {
      const doc = new Y.Doc()
      const { dossier } = ingestStory(doc, WARM_UP_STORY, signer)
      summarize(dossier, new Date().toISOString())
      Y.encodeStateAsUpdate(doc)
      doc.destroy()
    }
  } catch {
    // See above: the next job reports it.
  }
  post({ type: 'warmed' })
}

parentPort?.on('message', (received: unknown) => {
  const job = toIngestWorkerSchema.safeParse(received)
  if (job.success) {
    if (job.data.type === 'warm') warmUp()
    else run(job.data)
  } else
    post({
      type: 'failed',
      message: `the worker was sent no story to import (${job.error.message})`,
    })
})
