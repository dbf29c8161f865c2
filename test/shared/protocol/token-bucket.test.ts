import { describe, expect, it } from 'vitest'
import { TokenBucket } from '../../../src/shared/protocol'

describe('TokenBucket', () => {
  it('allows a burst, refuses beyond it, and refills with time', () => {
    let now = 0
    const bucket = new TokenBucket({ burst: 3, perSecond: 2 }, () => now)
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([
      true,
      true,
      true,
      false,
    ])
    now += 500
    expect([bucket.take(), bucket.take()]).toEqual([true, false])
    now += 60_000
    expect(bucket.take(3)).toBe(true)
    expect(bucket.take(1)).toBe(false)
  })

  it('a refused take takes nothing', () => {
    let now = 0
    const bucket = new TokenBucket({ burst: 10, perSecond: 1 }, () => now)
    expect(bucket.take(11)).toBe(false)
    expect(bucket.take(10)).toBe(true)
    now -= 1000 // a clock that steps back adds nothing
    expect(bucket.take(1)).toBe(false)
  })
})
