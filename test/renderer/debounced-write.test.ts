import { describe, expect, it } from 'vitest'
import { DebouncedWrite, type WriteTimers } from '../../src/renderer/logic/debounced-write'

/** Timers that run only when the test moves the clock. */
const manualClock = () => {
  let now = 0
  let timers: { at: number; run: () => void; handle: number }[] = []
  let next = 0
  const clock: WriteTimers = {
    set: (run, delayMs) => {
      next += 1
      timers.push({ at: now + delayMs, run, handle: next })
      return next
    },
    clear: (handle) => {
      timers = timers.filter((timer) => timer.handle !== handle)
    },
  }
  const advance = (ms: number) => {
    now += ms
    for (const timer of timers.filter((timer) => timer.at <= now)) {
      timers = timers.filter((other) => other !== timer)
      timer.run()
    }
  }
  return { clock, advance, waiting: () => timers.length }
}

describe('DebouncedWrite', () => {
  it('writes the last of a run of values once they pause, and only once', () => {
    const { clock, advance } = manualClock()
    const written: string[] = []
    const writer = new DebouncedWrite<string>((value) => written.push(value), 400, clock)
    for (const value of ['h', 'ha', 'har', 'harb']) {
      writer.later(value)
      advance(150)
    }
    expect(written).toEqual([])
    expect(writer.pending).toBe(true)
    advance(250)
    expect(written).toEqual(['harb'])
    expect(writer.pending).toBe(false)
    advance(1000)
    expect(written).toEqual(['harb'])
  })

  it('writes at once when asked, dropping the older value that waited', () => {
    const { clock, advance, waiting } = manualClock()
    const written: string[] = []
    const writer = new DebouncedWrite<string>((value) => written.push(value), 400, clock)
    writer.later('typed')
    writer.now('chosen')
    expect(written).toEqual(['chosen'])
    expect(waiting()).toBe(0)
    advance(1000)
    expect(written).toEqual(['chosen'])
  })

  it('writes what waits when flushed (the page is hidden or left), and nothing twice', () => {
    const { clock, advance } = manualClock()
    const written: string[] = []
    const writer = new DebouncedWrite<string>((value) => written.push(value), 400, clock)
    writer.flush()
    expect(written).toEqual([])
    writer.later('boats')
    writer.flush()
    expect(written).toEqual(['boats'])
    advance(1000)
    writer.flush()
    expect(written).toEqual(['boats'])
  })

  it('takes a delay per value: a choice made once waits less than typing', () => {
    const { clock, advance } = manualClock()
    const written: string[] = []
    const writer = new DebouncedWrite<string>((value) => written.push(value), 400, clock)
    writer.later('typed')
    writer.later('typed, then status chosen', 0)
    advance(0)
    expect(written).toEqual(['typed, then status chosen'])
    advance(1000)
    expect(written).toEqual(['typed, then status chosen'])
  })

  it('drops what waits when cancelled', () => {
    const { clock, advance } = manualClock()
    const written: string[] = []
    const writer = new DebouncedWrite<string>((value) => written.push(value), 400, clock)
    writer.later('boats')
    writer.cancel()
    advance(1000)
    writer.flush()
    expect(written).toEqual([])
  })
})
