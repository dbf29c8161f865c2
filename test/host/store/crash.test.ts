import { afterEach, describe, expect, it } from 'vitest'
import { tempDir } from '../../support/temp-dir'
import { killWriters, runCrashRounds } from './crash-rounds'

afterEach(killWriters)

describe('crash safety', () => {
  it('keeps every acknowledged update through 50 SIGKILLs at random moments', async () => {
    const result = await runCrashRounds({ dir: await tempDir(), rounds: 50, maxWriteMs: 60 })
    expect(result.rounds).toBe(50)
    // Most writers got to acknowledge something before they were killed; the check ran on all.
    expect(result.roundsWithWrites).toBeGreaterThanOrEqual(25)
    expect(result.acknowledged).toBeGreaterThan(100)
  }, 90_000)
})
