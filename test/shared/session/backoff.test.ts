import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { backoffDelay } from '../../../src/shared/session/backoff'

describe('reconnect backoff', () => {
  const options = { baseMs: 250, capMs: 10_000 }

  it('doubles from the base until the cap, jittered in the upper half of each step', () => {
    const low = (attempt: number) => backoffDelay(attempt, { ...options, random: () => 0 })
    const high = (attempt: number) => backoffDelay(attempt, { ...options, random: () => 0.999999 })
    expect([0, 1, 2, 3].map(low)).toEqual([125, 250, 500, 1000])
    expect([0, 1, 2, 3].map(high)).toEqual([250, 500, 1000, 2000])
    expect(low(20)).toBe(5000)
    expect(high(20)).toBe(10_000)
  })

  it('never waits longer than the cap or less than half a step, whatever the attempt', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5, max: 10_000 }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (n, r) => {
          const delay = backoffDelay(n, { ...options, random: () => r })
          const step = Math.min(options.capMs, options.baseMs * 2 ** Math.min(Math.max(n, 0), 30))
          expect(delay).toBeGreaterThanOrEqual(step / 2)
          expect(delay).toBeLessThanOrEqual(options.capMs)
        },
      ),
    )
  })

  it('spreads replicas that retry at the same attempt', () => {
    const delays = new Set(Array.from({ length: 50 }, () => backoffDelay(5, options)))
    expect(delays.size).toBeGreaterThan(10)
  })
})
