import { afterEach, describe, expect, it } from 'vitest'
import { seedFromEnv } from '../../support/seeded-random'
import { tempDir } from '../../support/temp-dir'
import { killWriters, runCrashRounds } from './crash-rounds'

afterEach(killWriters)

/**
 * Seeds of runs that once failed, each kept as its own test once the bug is fixed (with what it
 * found). A failing run prints `CRASH_SEED=<seed>`; `CRASH_SEED=<seed> npx vitest run
 * test/host/store/crash.test.ts` replays it.
 */
const FAILED_BEFORE: readonly { readonly seed: number; readonly found: string }[] = [
  // The crash rounds' first seeded run, kept so the suite always holds one exact replay of the
  // choices (no failure has been found yet).
  { seed: 20_261_127, found: 'a replay of a fixed seed' },
]

describe('crash safety', () => {
  it('keeps every acknowledged update through 50 SIGKILLs at random moments', async () => {
    const seed = seedFromEnv('CRASH_SEED')
    const result = await runCrashRounds({ dir: await tempDir(), rounds: 50, maxWriteMs: 60, seed })
    console.info(`crash rounds: seed ${seed}, recovery ${JSON.stringify(result.recoveries)}`)
    expect(result.rounds).toBe(50)
    // Most writers got to acknowledge something before they were killed; the check ran on all.
    expect(result.roundsWithWrites).toBeGreaterThanOrEqual(25)
    expect(result.acknowledged).toBeGreaterThan(100)
  }, 150_000)

  for (const { seed, found } of FAILED_BEFORE) {
    it(`keeps every acknowledged update with seed ${seed} (${found})`, async () => {
      const result = await runCrashRounds({
        dir: await tempDir(),
        rounds: 10,
        maxWriteMs: 60,
        seed,
      })
      expect(result.rounds).toBe(10)
    }, 60_000)
  }
})
