import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { DossierStore } from '../../../src/main/host/store/dossier-store'
import { seededRandom } from '../../support/seeded-random'
import { ID, seedState } from './store-seed'

/**
 * SIGKILL rounds against `crash-writer.ts`: start a writer, let it append for a random few
 * milliseconds, kill it, reopen the store here and check that every update it acknowledged is
 * there, in the order it was written. The next writer is started while the current one runs, so
 * a round costs the writing and the check, not a Node start-up.
 *
 * Every random choice (how long a writer runs, the writers' bursts) comes from one seeded PRNG,
 * so a failure names its seed and `CRASH_SEED=<seed>` replays the same choices. The moment a kill
 * lands within a write still depends on the machine's timing: a replay is as close as it gets.
 */

const WRITER = path.join(import.meta.dirname, 'crash-writer.ts')

export interface CrashRoundsResult {
  readonly rounds: number
  readonly acknowledged: number
  /** Rounds in which the killed writer had acknowledged at least one update. */
  readonly roundsWithWrites: number
  /** What recovery reported, by kind, over all rounds (and kills that hit a compaction). */
  readonly recoveries: Readonly<Record<string, number>>
}

interface Writer {
  readonly child: ChildProcess
  readonly lines: string[]
  readonly exited: Promise<void>
  waitFor(line: string): Promise<void>
}

const running = new Set<ChildProcess>()

/** Kills (by pid) any writer a failed run left behind. */
export const killWriters = (): void => {
  for (const child of running) child.kill('SIGKILL')
  running.clear()
}

const startWriter = (folder: string): Writer => {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, folder], {
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  running.add(child)
  const lines: string[] = []
  const waiters = new Map<string, () => void>()
  let partial = ''
  let stderr = ''
  child.stdout!.on('data', (chunk: Buffer) => {
    const text = partial + chunk.toString('utf8')
    const parts = text.split('\n')
    partial = parts.pop()!
    for (const line of parts) {
      lines.push(line)
      waiters.get(line)?.()
    }
  })
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      running.delete(child)
      for (const [line, wake] of waiters) if (!lines.includes(line)) wake()
      resolve()
    }),
  )
  return {
    child,
    lines,
    exited,
    waitFor: (line) =>
      new Promise<void>((resolve, reject) => {
        if (lines.includes(line)) return resolve()
        waiters.set(line, () =>
          lines.includes(line)
            ? resolve()
            : reject(new Error(`the writer ended before "${line}": ${stderr || lines.at(-1)}`)),
        )
      }),
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * What no SIGKILL may leave (written bytes stay written; the store writes a log's header, and the
 * snapshot, before either becomes part of the dossier): reporting one means a rule was broken.
 */
const NEVER_AFTER_A_CRASH = new Set([
  'log-damaged',
  'log-lost',
  'snapshot-missing',
  'snapshot-damaged',
])

/** Reopens the store and throws unless every acknowledged id is there, in order. */
const check = async (
  folder: string,
  acknowledged: readonly string[],
  recoveries: Record<string, number>,
): Promise<void> => {
  const names = await fs.readdir(folder)
  if (names.some((name) => name === 'log.next' || name.endsWith('.tmp')))
    recoveries['killed-while-compacting'] = (recoveries['killed-while-compacting'] ?? 0) + 1
  const store = await DossierStore.open(folder, ID)
  try {
    for (const event of store.report.events) {
      recoveries[event.kind] = (recoveries[event.kind] ?? 0) + 1
      if (NEVER_AFTER_A_CRASH.has(event.kind))
        throw new Error(`recovery after a crash reported ${JSON.stringify(event)}`)
    }
    const map = store.doc.getMap('acked')
    const missing = acknowledged.filter((id) => !map.has(id))
    if (missing.length > 0) {
      throw new Error(
        `${missing.length} acknowledged updates are missing after a crash, e.g. ${missing.slice(0, 3).join(', ')}`,
      )
    }
    // Per writer, the array holds its ids in the order they were written.
    const order = store.doc.getArray<string>('order').toArray()
    const position = new Map(order.map((id, index) => [id, index]))
    for (let i = 1; i < acknowledged.length; i++) {
      const [a, b] = [acknowledged[i - 1]!, acknowledged[i]!]
      if (a.split('-')[0] === b.split('-')[0] && position.get(a)! > position.get(b)!) {
        throw new Error(`updates ${a} and ${b} are out of order after a crash`)
      }
    }
  } finally {
    await store.close({ compact: false })
  }
}

export const runCrashRounds = async (options: {
  readonly dir: string
  readonly rounds: number
  /** Seeds every random choice of the run; a failure's message names it. */
  readonly seed: number
  /** Longest time a writer runs before it is killed (ms). */
  readonly maxWriteMs?: number
  /** Writers started ahead of their round (default 2). */
  readonly ahead?: number
  readonly onRound?: (round: number, acknowledged: number) => void
}): Promise<CrashRoundsResult> => {
  const folder = path.join(options.dir, ID)
  await DossierStore.create(folder, ID, seedState())
  const random = seededRandom(options.seed)
  const acknowledged: string[] = []
  const recoveries: Record<string, number> = {}
  let roundsWithWrites = 0
  // Writers start ahead of their round (a Node start-up is most of a round's cost).
  const ahead = Math.max(1, options.ahead ?? 2)
  const queue = Array.from({ length: Math.min(ahead, options.rounds) }, () => startWriter(folder))
  try {
    for (let round = 0; round < options.rounds; round++) {
      const writer = queue.shift()!
      if (round + queue.length + 1 < options.rounds) queue.push(startWriter(folder))
      await writer.waitFor('ready')
      writer.child.stdin!.write(`go r${round} ${random.int(0, 2 ** 32 - 1)}\n`)
      await writer.waitFor('open')
      // Half the rounds are killed at any moment after opening (recovery, the first writes),
      // half at a moment after the first acknowledgement (in full flow, compactions included).
      if (round % 2 === 1) await writer.waitFor(`r${round}-0`)
      await sleep(random.next() * (options.maxWriteMs ?? 60))
      writer.child.kill('SIGKILL')
      await writer.exited
      const ids = writer.lines.filter((line) => line.startsWith(`r${round}-`))
      const error = writer.lines.find((line) => line.startsWith('error '))
      if (error !== undefined) throw new Error(`round ${round}: the writer failed: ${error}`)
      acknowledged.push(...ids)
      if (ids.length > 0) roundsWithWrites++
      await check(folder, acknowledged, recoveries).catch((failure: unknown) => {
        throw new Error(`round ${round}: ${(failure as Error).message}`, { cause: failure })
      })
      options.onRound?.(round, acknowledged.length)
    }
  } catch (error) {
    throw new Error(`CRASH_SEED=${options.seed} replays this run: ${(error as Error).message}`, {
      cause: error,
    })
  } finally {
    for (const writer of queue) writer.child.kill('SIGKILL')
    await Promise.all(queue.map((writer) => writer.exited))
  }
  return { rounds: options.rounds, acknowledged: acknowledged.length, roundsWithWrites, recoveries }
}
