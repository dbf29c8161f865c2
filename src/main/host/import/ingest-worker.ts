/**
 * The ingest worker: turns one story into a dossier's state off the host's thread, so that
 * syncing and HTTP go on while it runs and the host can stop it (terminate) when it overruns.
 * It touches no library: the host adds the dossier only once this has finished, with the
 * listing's summary counted here.
 */
import { parentPort, workerData } from 'node:worker_threads'
import * as Y from 'yjs'
import { IngestError, ingestStory } from '../../../shared/ingest'
import type { Signer } from '../../../shared/identity'
import { summarize } from '../library/summary-cache'
import { SIGNATURE_OFFSET, SIGN_DONE, SIGN_WAITING } from './ingest-job'
import type { FromIngestWorker, IngestJob } from './ingest-job'

const job = workerData as IngestJob
const post = (message: FromIngestWorker, transfer: ArrayBuffer[] = []): void =>
  parentPort?.postMessage(message, transfer)

const state = new Int32Array(job.signatures, 0, 2)
const signer: Signer = {
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

try {
  const doc = new Y.Doc()
  const { dossier } = ingestStory(doc, job.input, signer)
  // Counted here, where the dossier is open: the host stores these bytes without opening them.
  const summary = summarize(dossier, new Date().toISOString())
  const update = Y.encodeStateAsUpdate(doc)
  post({ type: 'done', update, summary }, [update.buffer as ArrayBuffer])
} catch (error) {
  const message = error instanceof Error ? error.message : String(error)
  post({ type: error instanceof IngestError ? 'refused' : 'failed', message })
}
