import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { WarmUp } from './ingest-job'

/**
 * How long an ingest worker with nothing to do stays warm: a desk importing several stories in a
 * row pays for starting one (its modules loaded, then its code compiled while it runs the first
 * story) once, not per story; an idle host gives its memory back after this.
 */
export const WARM_IDLE_MS = 60_000

/**
 * The worker's file. Built (electron-vite), it is the `ingest-worker` entry next to this bundle
 * in out/main; from source (tsx, the CLI, tests) it is the .ts file, loaded through tsx, which a
 * worker thread does not inherit from its parent, so a two-line bootstrap registers it first.
 */
const startWorker = (workerFile?: URL): Worker => {
  const here = import.meta.url
  if (!here.endsWith('.ts')) return new Worker(new URL('./ingest-worker.js', here))
  // require.resolve finds tsx's CommonJS build; its register() must come from the ESM one.
  const tsxApi = createRequire(here)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs')
  const tsx = pathToFileURL(tsxApi).href
  const entry = (workerFile ?? new URL('./ingest-worker.ts', here)).href
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}) })`
  return new Worker(bootstrap, { eval: true })
}

interface Idle {
  readonly worker: Worker
  readonly timer: NodeJS.Timeout
  readonly onExit: () => void
}

/** At most one worker waits between jobs; a job that finds it busy starts another. */
let idle: Idle | undefined
/** Workers taken for a job and not yet given back. */
let working = 0

const forget = (): Worker | undefined => {
  if (idle === undefined) return undefined
  const { worker, timer, onExit } = idle
  idle = undefined
  clearTimeout(timer)
  worker.off('exit', onExit)
  return worker
}

/**
 * A worker for one job: the warm one if there is one, else a new one. A test's stand-in worker
 * (`workerFile`) is always new, and never kept.
 */
export const takeIngestWorker = (workerFile?: URL): Worker => {
  working++
  const warm = workerFile === undefined ? forget() : undefined
  if (warm === undefined) return startWorker(workerFile)
  warm.ref()
  return warm
}

/**
 * A worker back from a job. One that answered as it should (a dossier, or a story refused) is
 * kept warm when none is; any other (it failed, overran or is a stand-in) is stopped. A warm
 * worker holds no process open (unref) and stops after WARM_IDLE_MS.
 */
export const releaseIngestWorker = (worker: Worker, reusable: boolean): void => {
  working = Math.max(0, working - 1)
  if (!reusable || idle !== undefined) {
    void worker.terminate()
    return
  }
  keepIdle(worker)
}

const keepIdle = (worker: Worker): void => {
  worker.unref()
  const timer = setTimeout(() => void forget()?.terminate(), WARM_IDLE_MS)
  timer.unref()
  // A warm worker that dies while idle is simply forgotten: the next job starts a new one.
  const onExit = (): void => void forget()
  worker.once('exit', onExit)
  idle = { worker, timer, onExit }
}

/**
 * Starts a worker ahead of an import when none waits and none is at work (an editor opened the
 * import form), and has it compile the ingest's code on the sample story while the editor picks
 * a file. It waits as a warm worker does; a job that takes it before its warm-up is over queues
 * behind it. A worker at work now will be the warm one after it.
 */
export const prewarmIngestWorker = (): void => {
  if (idle !== undefined || working > 0) return
  const worker = startWorker()
  const warm: WarmUp = { type: 'warm' }
  worker.postMessage(warm)
  keepIdle(worker)
}

/** Whether a worker is waiting warm (tests; the host's status). */
export const hasWarmIngestWorker = (): boolean => idle !== undefined

/** Stops the warm worker now, if there is one: a host shutting down does not wait for it. */
export const stopWarmIngestWorker = async (): Promise<void> => {
  await forget()?.terminate()
}
