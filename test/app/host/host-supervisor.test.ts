import { describe, expect, it } from 'vitest'
import { HostSupervisor } from '../../../src/main/app/host-supervisor'
import type { HostStatus } from '../../../src/shared/ipc/host-status'
import { ManualClock, ScriptedHost } from './support/scripted-host'

const setup = (options: { maxRestarts?: number; launchFails?: boolean } = {}) => {
  const clock = new ManualClock()
  const runs: ScriptedHost[] = []
  const statuses: HostStatus[] = []
  const logged: string[] = []
  let stopped = 0
  const supervisor = new HostSupervisor({
    launch: () => {
      if (options.launchFails === true) throw new Error('it is not built (out/main/host.js)')
      const run = new ScriptedHost()
      runs.push(run)
      return run
    },
    onStatus: (status) => statuses.push(status),
    onStopped: () => stopped++,
    log: (level, text) => logged.push(`${level} ${text}`),
    logFile: () => '/data/logs/desk.log',
    clock,
    restartDelayMs: 500,
    maxRestartDelayMs: 5000,
    stableAfterMs: 60_000,
    readyWaitMs: 8000,
    ...(options.maxRestarts === undefined ? {} : { maxRestarts: options.maxRestarts }),
  })
  const last = (): ScriptedHost => runs[runs.length - 1]!
  return { clock, runs, statuses, logged, supervisor, last, stoppedCount: () => stopped }
}

describe('HostSupervisor', () => {
  it('answers a port request made while the host starts once it is ready', async () => {
    const { supervisor, last, statuses } = setup()
    supervisor.start()
    const answer = supervisor.whenReady()
    last().say({ type: 'ready' })
    await expect(answer).resolves.toEqual({ ok: true, child: last() })
    expect(statuses).toEqual([{ state: 'running' }])
  })

  it('restarts a crashed host with a growing wait, tells the windows, and is running again', async () => {
    const { supervisor, runs, last, statuses, clock, stoppedCount } = setup()
    supervisor.start()
    last().say({ type: 'ready' })
    last().exit(134)
    expect(stoppedCount()).toBe(1)
    expect(statuses.at(-1)).toEqual({
      state: 'restarting',
      attempt: 1,
      of: 5,
      reason: 'the host stopped unexpectedly (exit code 134)',
    })
    expect(clock.pending()).toEqual([500])
    // A window asking during the wait gets its port from the next run.
    const answer = supervisor.whenReady()
    clock.advance(500)
    expect(runs).toHaveLength(2)
    last().say({ type: 'ready' })
    await expect(answer).resolves.toEqual({ ok: true, child: runs[1] })
    expect(statuses.at(-1)).toEqual({ state: 'running' })
    // Crashing again soon after: the second attempt waits twice as long.
    last().exit(1)
    expect(clock.pending()).toEqual([1000])
  })

  it('gives up after the most crashes in a row and says why, with the log file', async () => {
    const { supervisor, runs, last, statuses, clock } = setup({ maxRestarts: 3 })
    supervisor.start()
    for (let crash = 1; crash <= 3; crash++) {
      last().exit(1)
      clock.advance(10_000)
    }
    expect(runs).toHaveLength(4)
    last().say({ type: 'ready' })
    last().exit(null)
    expect(statuses.at(-1)).toEqual({
      state: 'failed',
      reason:
        'the host stopped unexpectedly (it was killed), 4 times in a row; it is not restarted again',
      logFile: '/data/logs/desk.log',
    })
    clock.advance(60_000)
    expect(runs).toHaveLength(4)
    await expect(supervisor.whenReady()).resolves.toEqual({
      ok: false,
      reason: expect.stringContaining('4 times in a row') as string,
    })
  })

  it('counts again from one after a run that stayed up long enough', () => {
    const { supervisor, last, statuses, clock } = setup({ maxRestarts: 2 })
    supervisor.start()
    last().say({ type: 'ready' })
    last().exit(1)
    clock.advance(500)
    last().say({ type: 'ready' })
    clock.advance(60_000)
    last().exit(1)
    expect(statuses.at(-1)).toMatchObject({ state: 'restarting', attempt: 1 })
  })

  it('does not count a host that crashes soon after each start as stable', () => {
    const { supervisor, last, statuses, clock } = setup({ maxRestarts: 2 })
    supervisor.start()
    for (let run = 0; run < 3; run++) {
      last().say({ type: 'ready' })
      clock.advance(1000)
      last().exit(1)
      clock.advance(10_000)
    }
    expect(statuses.at(-1)).toMatchObject({ state: 'failed' })
  })

  it('does not restart a host that cannot open its library, and says what it said', async () => {
    const { supervisor, runs, last, statuses, clock } = setup()
    supervisor.start()
    const answer = supervisor.whenReady()
    last().say({ type: 'unavailable', reason: 'the library is locked by process 4242' })
    expect(last().killed).toBe(true)
    clock.advance(60_000)
    expect(runs).toHaveLength(1)
    expect(statuses).toEqual([
      {
        state: 'failed',
        reason: 'the host cannot open the library: the library is locked by process 4242',
        logFile: '/data/logs/desk.log',
      },
    ])
    await expect(answer).resolves.toMatchObject({ ok: false })
  })

  it('fails with a clear reason when the host cannot even be launched', async () => {
    const { supervisor, statuses } = setup({ launchFails: true })
    supervisor.start()
    expect(statuses).toEqual([
      {
        state: 'failed',
        reason: 'the host could not be started: it is not built (out/main/host.js)',
        logFile: '/data/logs/desk.log',
      },
    ])
    await expect(supervisor.whenReady()).resolves.toMatchObject({ ok: false })
  })

  it('never restarts while the app quits, and asks the host to flush first', async () => {
    const { supervisor, runs, last, clock, statuses } = setup()
    supervisor.start()
    last().say({ type: 'ready' })
    await supervisor.stop()
    expect(runs[0]!.received).toEqual([{ type: 'shutdown' }])
    expect(runs[0]!.killed).toBe(false)
    clock.advance(60_000)
    expect(runs).toHaveLength(1)
    expect(statuses).toEqual([{ state: 'running' }])
    await expect(supervisor.whenReady()).resolves.toEqual({
      ok: false,
      reason: 'the app is quitting',
    })
  })

  it('cancels a pending restart when the app quits during the wait', async () => {
    const { supervisor, runs, last, clock } = setup()
    supervisor.start()
    last().exit(1)
    await supervisor.stop()
    clock.advance(60_000)
    expect(runs).toHaveLength(1)
  })

  it('ends a host that does not stop in time', async () => {
    const { supervisor, last, clock, logged } = setup()
    supervisor.start()
    const stubborn = last()
    stubborn.postMessage = () => undefined
    const stopping = supervisor.stop(5000)
    clock.advance(5000)
    await stopping
    expect(stubborn.killed).toBe(true)
    expect(logged).toContain('warn the host did not stop within 5000 ms; ending it')
  })

  it('answers a waiting request after readyWaitMs rather than holding it forever', async () => {
    const { supervisor, clock } = setup()
    supervisor.start()
    const answer = supervisor.whenReady()
    clock.advance(8000)
    await expect(answer).resolves.toEqual({
      ok: false,
      reason: 'the host is restarting; trying again shortly',
    })
  })

  it('logs the host’s events and ignores what does not read as a message', () => {
    const { supervisor, last, logged, statuses } = setup()
    supervisor.start()
    last().say({ type: 'event', text: 'a write failed: ENOSPC' })
    last().say({ type: 'ready', extra: true })
    expect(logged).toContain('info host: a write failed: ENOSPC')
    expect(logged.some((line) => line.startsWith('warn host: ignored a malformed message'))).toBe(
      true,
    )
    expect(statuses).toEqual([])
  })

  it('ignores what an earlier run says or does after it was replaced', () => {
    const { supervisor, runs, last, clock, statuses } = setup()
    supervisor.start()
    const first = last()
    first.say({ type: 'ready' })
    first.exit(1)
    clock.advance(500)
    first.say({ type: 'ready' })
    expect(statuses.at(-1)).toMatchObject({ state: 'restarting' })
    runs[1]!.say({ type: 'ready' })
    expect(statuses.at(-1)).toEqual({ state: 'running' })
  })
})
