import { IngestError } from '../../../shared/ingest'
import type { StoryInput } from '../../../shared/ingest'
import type { Signer } from '../../../shared/identity'
import {
  fromIngestWorkerSchema,
  SIGNATURE_BYTES,
  SIGNATURE_OFFSET,
  SIGN_DONE,
  SIGN_FAILED,
  signatureBuffer,
} from './ingest-job'
import type { IngestJob, IngestedSummary } from './ingest-job'
import { releaseIngestWorker, takeIngestWorker } from './ingest-workers'

export interface IngestInWorkerOptions {
  /** Past this the worker is stopped and the import refused; nothing has been created. */
  readonly timeoutMs: number
  /**
   * Tests only, from source: a worker file (.ts) started in place of the ingest worker, to
   * prove what the host does with a message it must refuse. No caller outside tests sets it.
   */
  readonly workerFile?: URL
}

/** The new dossier's whole state and its listing summary, both as the worker made them. */
export interface IngestedDossier {
  readonly state: Uint8Array
  readonly summary: IngestedSummary
}

/**
 * Ingests a story in a worker thread and resolves with the new dossier's whole state and
 * summary. Refused input rejects with IngestError (its message says why); so does an import
 * over its time. A message from the worker that does not pass its schema stops the import.
 */
export const ingestInWorker = (
  input: StoryInput,
  signer: Signer,
  { timeoutMs, workerFile }: IngestInWorkerOptions,
): Promise<IngestedDossier> =>
  new Promise((resolve, reject) => {
    const signatures = signatureBuffer()
    const state = new Int32Array(signatures, 0, 2)
    const worker = takeIngestWorker(workerFile)
    const job: IngestJob = {
      type: 'job',
      input,
      author: { publicKey: signer.publicKey, name: signer.name },
      signatures,
    }
    let settled = false
    /** `reusable`: the worker answered as it should and may take the next job. */
    const finish = (outcome: () => void, reusable = false): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      worker.off('message', onMessage)
      worker.off('error', onError)
      worker.off('exit', onExit)
      releaseIngestWorker(worker, reusable && workerFile === undefined)
      outcome()
    }
    const timer = setTimeout(() => {
      const seconds = timeoutMs >= 10_000 ? Math.round(timeoutMs / 1000) : timeoutMs / 1000
      finish(() =>
        reject(
          new IngestError(
            `the story took more than ${seconds} s to import and was stopped; nothing was added. Split it into smaller parts and import each`,
          ),
        ),
      )
    }, timeoutMs)

    const answerSign = (message: Uint8Array): void => {
      try {
        const signature = new TextEncoder().encode(signer.sign(message))
        if (signature.length > SIGNATURE_BYTES) throw new Error('signature too long')
        new Uint8Array(signatures, SIGNATURE_OFFSET, signature.length).set(signature)
        Atomics.store(state, 1, signature.length)
        Atomics.store(state, 0, SIGN_DONE)
      } catch {
        Atomics.store(state, 0, SIGN_FAILED)
      }
      Atomics.notify(state, 0)
    }

    const onMessage = (posted: unknown): void => {
      const checked = fromIngestWorkerSchema.safeParse(posted)
      if (!checked.success) {
        const problem = checked.error.issues
          .map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`)
          .join('; ')
        return finish(() =>
          reject(
            new Error(
              `story import failed: the import worker sent a message the host does not accept (${problem}); nothing was added`,
            ),
          ),
        )
      }
      const message = checked.data
      switch (message.type) {
        case 'sign':
          return answerSign(message.message)
        case 'warmed':
          // The warm-up this prewarmed worker ran before taking the job: the job is next.
          return
        case 'done':
          return finish(() => resolve({ state: message.update, summary: message.summary }), true)
        case 'refused':
          return finish(() => reject(new IngestError(message.message)), true)
        case 'failed':
          return finish(() => reject(new Error(`story import failed: ${message.message}`)))
      }
    }
    const onError = (error: Error): void => finish(() => reject(error))
    const onExit = (code: number): void =>
      finish(() => reject(new Error(`the import worker stopped (exit code ${code})`)))
    worker.on('message', onMessage)
    worker.on('error', onError)
    worker.on('exit', onExit)
    worker.postMessage(job)
  })
