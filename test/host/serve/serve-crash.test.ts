import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ensureBuiltApp } from './support/built-app'
import { seedFromEnv } from '../../support/seeded-random'
import { runServeCrashRounds } from './support/serve-crash-rounds'
import { killServes } from './support/serve-process'

beforeAll(ensureBuiltApp, 180_000)
afterEach(killServes)

/** SERVE_CRASH_ROUNDS for a longer soak; SERVE_CRASH_SEED to replay a failed run's moments. */
const ROUNDS = Number(process.env.SERVE_CRASH_ROUNDS ?? 50)
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) throw new Error('SERVE_CRASH_ROUNDS must be a count')
const LANES = 2

describe('dossier serve killed at random moments', () => {
  it(`keeps every acknowledged decision through ${ROUNDS} SIGKILLs`, async () => {
    const seed = seedFromEnv('SERVE_CRASH_SEED')
    const started = Date.now()
    const result = await runServeCrashRounds({ rounds: ROUNDS, lanes: LANES, seed }).catch(
      (error: unknown) => {
        throw new Error(`SERVE_CRASH_SEED=${seed}: ${(error as Error).message}`, { cause: error })
      },
    )
    console.info(
      `serve crash: ${result.rounds} rounds in ${Date.now() - started} ms (seed ${seed}), ` +
        `${result.acknowledged} decisions acknowledged, ${result.roundsWithAcks} rounds with acks, ` +
        `recovery ${JSON.stringify(result.recoveries)}`,
    )
    // Every other round is killed only after an acknowledgement, the rest within a few ms of the
    // first decisions; every round was checked regardless. This guards against a vacuous run.
    expect(result.roundsWithAcks).toBeGreaterThanOrEqual(Math.floor(ROUNDS * 0.4))
    expect(result.acknowledged).toBeGreaterThan(ROUNDS * 2)
  }, 180_000)
})
