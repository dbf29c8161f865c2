import { afterEach, describe, expect, it } from 'vitest'
import { HostSupervisor } from '../../../src/main/app/host-supervisor'
import type { HostStatus } from '../../../src/shared/ipc/host-status'
import { ForkedHost } from './support/forked-host'
import type { ForkedHostMode } from './support/forked-host'

const started: ForkedHost[] = []

afterEach(() => {
  for (const run of started.splice(0)) {
    if (run.process.exitCode === null && run.process.signalCode === null) run.kill()
  }
})

/** A supervisor over real child processes; `modes` says how each successive run behaves. */
const supervise = (modes: readonly ForkedHostMode[], maxRestarts = 3) => {
  const statuses: HostStatus[] = []
  const logged: string[] = []
  let stopped = 0
  const supervisor = new HostSupervisor({
    launch: () => {
      const run = new ForkedHost(modes[Math.min(started.length, modes.length - 1)]!)
      started.push(run)
      return run
    },
    onStatus: (status) => statuses.push(status),
    onStopped: () => stopped++,
    log: (level, text) => logged.push(`${level} ${text}`),
    logFile: () => '/data/logs/desk.log',
    maxRestarts,
    restartDelayMs: 20,
    readyWaitMs: 20_000,
  })
  const statusReached = (state: HostStatus['state'], count = 1) =>
    expect
      .poll(() => statuses.filter((status) => status.state === state).length, { timeout: 20_000 })
      .toBeGreaterThanOrEqual(count)
  return { supervisor, statuses, logged, statusReached, stoppedCount: () => stopped }
}

describe('HostSupervisor over a real child process', () => {
  it('restarts a host that crashed for real, and the next run serves', async () => {
    const { supervisor, statuses, logged, statusReached, stoppedCount } = supervise([
      'crash-on-connect',
      'serve',
    ])
    supervisor.start()
    const first = await supervisor.whenReady()
    if (!first.ok) throw new Error(first.reason)
    first.child.postMessage({ type: 'connect', dossierId: 'm_abcdefgh' })
    await statusReached('running', 2)
    expect(started).toHaveLength(2)
    expect(started[0]!.process.exitCode).toBe(70)
    expect(stoppedCount()).toBe(1)
    expect(statuses).toEqual([
      { state: 'running' },
      {
        state: 'restarting',
        attempt: 1,
        of: 3,
        reason: 'the host stopped unexpectedly (exit code 70)',
      },
      { state: 'running' },
    ])
    const second = await supervisor.whenReady()
    if (!second.ok) throw new Error(second.reason)
    expect(second.child).toBe(started[1])
    second.child.postMessage({ type: 'connect', dossierId: null })
    await expect.poll(() => logged).toContain('info host: connected to the library')
    await supervisor.stop()
    expect(started[1]!.process.exitCode).toBe(0)
    expect(logged).toContain('info host: flushed and stopping')
  })

  it('restarts a host killed by a signal', async () => {
    const { supervisor, statuses, statusReached } = supervise(['serve'])
    supervisor.start()
    await statusReached('running')
    started[0]!.process.kill('SIGKILL')
    await statusReached('running', 2)
    expect(statuses[1]).toMatchObject({
      state: 'restarting',
      reason: 'the host stopped unexpectedly (it was killed)',
    })
    await supervisor.stop()
  })

  it('gives up after repeated real crashes and says so with the log file', async () => {
    const { supervisor, statuses, statusReached } = supervise(['crash-on-start'], 2)
    supervisor.start()
    await statusReached('failed')
    expect(started).toHaveLength(3)
    expect(started.map((run) => run.process.exitCode)).toEqual([3, 3, 3])
    expect(statuses.map((status) => status.state)).toEqual(['restarting', 'restarting', 'failed'])
    expect(statuses.at(-1)).toEqual({
      state: 'failed',
      reason:
        'the host stopped unexpectedly (exit code 3), 3 times in a row; it is not restarted again',
      logFile: '/data/logs/desk.log',
    })
    await expect(supervisor.whenReady()).resolves.toMatchObject({ ok: false })
  })

  it('takes a host that cannot open its library at its word and does not restart it', async () => {
    const { supervisor, statuses, statusReached } = supervise(['unavailable'])
    supervisor.start()
    await statusReached('failed')
    await expect.poll(() => started[0]!.process.signalCode).toBe('SIGKILL')
    expect(started).toHaveLength(1)
    expect(statuses).toEqual([
      {
        state: 'failed',
        reason: 'the host cannot open the library: no library here',
        logFile: '/data/logs/desk.log',
      },
    ])
  })
})
