import { Library } from '../../../../src/main/host/library/library'
import { Dossier, STATUSES } from '../../../../src/shared/dossier'
import { RpcError } from '../../../../src/shared/protocol'
import { alice } from '../../../support/dossier-fixtures'
import { tempDir } from '../../../support/temp-dir'
import { sleep } from '../../sync/support/eventually'
import { wsReplica } from '../../sync/support/replicas'
import type { Replica } from '../../sync/support/replicas'
import { decisionIds, libraryWithDossier } from './serve-library'
import { startServe } from './serve-process'
import type { ServeProcess } from './serve-process'
import { seededRandom } from '../../../support/seeded-random'
import type { Random } from '../../../support/seeded-random'

/**
 * SIGKILL rounds against the real `dossier serve`. A round starts serve on a library with one
 * dossier, connects a fresh replica (our ClientSession over `ws`), checks that the host serves
 * every decision acknowledged so far, then makes decisions in small batches, each followed by
 * the `flush` RPC: once it resolves, the batch counts as acknowledged. Serve is SIGKILLed at a
 * seeded random moment. Every other round the library is then opened here directly (taking over
 * the dead owner's lock) and checked; the others are checked by the next round's serve, so its
 * own recovery of a log left by a kill is what is tested.
 *
 * Lanes run side by side, each on its own library: a serve start-up is mostly Node loading the
 * sources, and two of them overlap well.
 */

export interface CrashRoundsOptions {
  readonly rounds: number
  readonly lanes: number
  readonly seed: number
}

export interface CrashRoundsResult {
  readonly rounds: number
  readonly acknowledged: number
  /** Rounds in which serve acknowledged at least one batch before it was killed. */
  readonly roundsWithAcks: number
  /** What recovery reported when the library was opened directly, by kind. */
  readonly recoveries: Readonly<Record<string, number>>
}

interface LaneStats {
  acknowledged: number
  roundsWithAcks: number
  readonly recoveries: Record<string, number>
}

/** Decides in batches, acknowledging each once `flush` resolves, until the connection drops. */
const decideUntilKilled = async (
  replica: Replica,
  random: Random,
  label: string,
  acknowledged: string[],
  onAcknowledged: () => void,
): Promise<void> => {
  const dossier = Dossier.open(replica.doc)
  const claims = dossier.activeClaims().map(({ id }) => id)
  for (let batch = 0; ; batch++) {
    const ids = Array.from({ length: random.int(1, 4) }, (_, i) => {
      const status = random.pick(STATUSES)
      const rationale = `${label}, batch ${batch}, decision ${i}`
      return dossier.decide(random.pick(claims), { status, rationale }, alice).id
    })
    try {
      const { waiting } = await replica.session.rpc.call('flush', {})
      if (waiting !== 0) throw new Error(`${label}: ${waiting} updates held back by the host`)
    } catch (error) {
      if (error instanceof RpcError && error.code === 'disconnected') return
      throw error
    }
    acknowledged.push(...ids)
    onAcknowledged()
  }
}

const expectAll = (have: Set<string>, acknowledged: readonly string[], where: string): void => {
  const missing = acknowledged.filter((id) => !have.has(id))
  if (missing.length > 0)
    throw new Error(
      `${where}: ${missing.length} of ${acknowledged.length} acknowledged decisions are missing, e.g. ${missing.slice(0, 3).join(', ')}`,
    )
}

/** Opens the library here, as the next owner after a crash, and checks the dossier. */
const checkOnDisk = async (
  dir: string,
  id: string,
  acknowledged: readonly string[],
  stats: LaneStats,
  where: string,
): Promise<void> => {
  const library = await Library.open(dir, {
    onRecovery: (_lines, report) => {
      for (const { kind } of report.events)
        stats.recoveries[kind] = (stats.recoveries[kind] ?? 0) + 1
    },
  })
  try {
    await library.with(id, ({ dossier }) => {
      expectAll(decisionIds(dossier), acknowledged, `${where}, opened from disk`)
      if (dossier.quarantine().length > 0) throw new Error(`${where}: entries were quarantined`)
    })
  } finally {
    await library.close()
  }
}

const oneRound = async (
  dir: string,
  id: string,
  random: Random,
  round: number,
  acknowledged: string[],
  stats: LaneStats,
  where: string,
): Promise<void> => {
  const serve: ServeProcess = await startServe({ dataDir: dir })
  const replica = await wsReplica(serve.syncUrl, id, serve.token)
  await replica.synced
  expectAll(decisionIds(Dossier.open(replica.doc)), acknowledged, `${where}, served after restart`)
  // Even rounds are killed within a few ms of the first decisions (while the first writes are
  // on their way), odd ones at a moment after the first acknowledgement, in full flow.
  const early = round % 2 === 0
  const delay = early ? random.int(0, 15) : random.int(0, 150)
  let killed = false
  const kill = (): void => {
    if (!serve.isRunning()) return
    killed = true
    process.kill(serve.pid, 'SIGKILL')
  }
  let killing = early ? sleep(delay).then(kill) : null
  const before = acknowledged.length
  await decideUntilKilled(replica, random, where, acknowledged, () => {
    killing ??= sleep(delay).then(kill)
  })
  await killing
  const exit = await serve.exited
  if (!killed || exit.signal !== 'SIGKILL')
    throw new Error(`${where}: serve ended before it was killed (${exit.code}): ${serve.stderr()}`)
  replica.session.destroy()
  replica.drop()
  const added = acknowledged.length - before
  stats.acknowledged += added
  if (added > 0) stats.roundsWithAcks++
}

const runLane = async (
  lane: number,
  rounds: number,
  seed: number,
  stats: LaneStats,
  stopped: () => boolean,
): Promise<void> => {
  const dir = await tempDir()
  const id = await libraryWithDossier(dir)
  const random = seededRandom(seed + lane)
  const acknowledged: string[] = []
  for (let round = 0; round < rounds && !stopped(); round++) {
    const where = `lane ${lane} round ${round}`
    await oneRound(dir, id, random, round, acknowledged, stats, where)
    if (round % 2 === 1 || round === rounds - 1)
      await checkOnDisk(dir, id, acknowledged, stats, where)
  }
}

export const runServeCrashRounds = async (
  options: CrashRoundsOptions,
): Promise<CrashRoundsResult> => {
  const stats: LaneStats = { acknowledged: 0, roundsWithAcks: 0, recoveries: {} }
  let failed = false
  const lanes = Array.from({ length: options.lanes }, (_, lane) => {
    const rounds =
      Math.floor(options.rounds / options.lanes) + (lane < options.rounds % options.lanes ? 1 : 0)
    return runLane(lane, rounds, options.seed, stats, () => failed).catch((error: unknown) => {
      failed = true
      throw error
    })
  })
  const results = await Promise.allSettled(lanes)
  const failure = results.find((result) => result.status === 'rejected')
  if (failure !== undefined) throw (failure as PromiseRejectedResult).reason
  return { rounds: options.rounds, ...stats }
}
