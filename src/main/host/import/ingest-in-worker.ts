import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
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

/**
 * The worker's file. Built (electron-vite), it is the `ingest-worker` entry next to this bundle
 * in out/main; from source (tsx, the CLI, tests) it is the .ts file, loaded through tsx, which a
 * worker thread does not inherit from its parent, so a two-line bootstrap registers it first.
 */
const startWorker = (job: IngestJob, workerFile?: URL): Worker => {
  const here = import.meta.url
  if (!here.endsWith('.ts'))
    return new Worker(new URL('./ingest-worker.js', here), { workerData: job })
  // require.resolve finds tsx's CommonJS build; its register() must come from the ESM one.
  const tsxApi = createRequire(here)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs')
  const tsx = pathToFileURL(tsxApi).href
  const entry = (workerFile ?? new URL('./ingest-worker.ts', here)).href
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}) })`
  return new Worker(bootstrap, { eval: true, workerData: job })
}

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
    const worker = startWorker(
      { input, author: { publicKey: signer.publicKey, name: signer.name }, signatures },
      workerFile,
    )
    let settled = false
    const finish = (outcome: () => void): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      void worker.terminate()
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

    worker.on('message', (posted: unknown) => {
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
        case 'done':
          return finish(() => resolve({ state: message.update, summary: message.summary }))
        case 'refused':
          return finish(() => reject(new IngestError(message.message)))
        case 'failed':
          return finish(() => reject(new Error(`story import failed: ${message.message}`)))
      }
    })
    worker.on('error', (error) => finish(() => reject(error)))
    worker.on('exit', (code) =>
      finish(() => reject(new Error(`the import worker stopped (exit code ${code})`))),
    )
  })
