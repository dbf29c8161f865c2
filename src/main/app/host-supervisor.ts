import type { HostStatus } from '../../shared/ipc/host-status'
import { readFromHost } from '../../shared/ipc/utility-host-ipc'
import type { ToHostMessage } from '../../shared/ipc/utility-host-ipc'

/**
 * What the supervisor needs of one run of the host: Electron's utility process in the app, a
 * forked Node process or a scripted fake in tests. Nothing here imports Electron.
 */
export interface HostChild {
  onMessage(listener: (data: unknown) => void): void
  /** `code` as the process reported it (null when a signal ended it). */
  onExit(listener: (code: number | null) => void): void
  postMessage(message: ToHostMessage): void
  kill(): void
}

export interface SupervisorClock {
  now(): number
  setTimeout(run: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export interface SupervisorOptions<C extends HostChild> {
  /** Starts one run of the host; throws when it cannot (the host is not built). */
  readonly launch: () => C
  /** Each change of state, for every window (`IPC_HOST_STATUS`). */
  readonly onStatus: (status: HostStatus) => void
  /** A run ended: every port to it is dead (`IPC_HOST_STOPPED`). */
  readonly onStopped: () => void
  readonly log: (level: 'info' | 'warn' | 'error', text: string) => void
  /** The log file named in a `failed` status, for a report (null if the log cannot be written). */
  readonly logFile: () => string | null
  readonly clock?: SupervisorClock
  /** Crashes in a row after which it stops trying (the last one is not restarted). */
  readonly maxRestarts?: number
  readonly restartDelayMs?: number
  readonly maxRestartDelayMs?: number
  /** A run that stayed up this long was a success: the next crash starts the count again. */
  readonly stableAfterMs?: number
  /** How long `whenReady` waits for a host that is starting, under the renderer's own 10 s. */
  readonly readyWaitMs?: number
}

type State<C> =
  | { readonly kind: 'idle' }
  | { readonly kind: 'starting'; readonly child: C }
  | { readonly kind: 'running'; readonly child: C; readonly since: number }
  | { readonly kind: 'restarting'; readonly timer: unknown }
  | { readonly kind: 'failed'; readonly reason: string }
  | { readonly kind: 'stopped' }

export type ReadyAnswer<C> =
  { readonly ok: true; readonly child: C } | { readonly ok: false; readonly reason: string }

const systemClock: SupervisorClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

const describeExit = (code: number | null): string =>
  code === null ? 'it was killed' : `exit code ${code}`

/**
 * Keeps the host running: starts it, restarts it after a crash (waiting longer each time), gives
 * up after `maxRestarts` crashes in a row and says so, never restarts while the app quits. Who
 * asks for a port while it starts or restarts waits for it (up to `readyWaitMs`).
 */
export class HostSupervisor<C extends HostChild> {
  private state: State<C> = { kind: 'idle' }
  private crashesInRow = 0
  private quitting = false
  private readonly waiters = new Set<() => void>()
  private readonly clock: SupervisorClock
  private readonly maxRestarts: number

  constructor(private readonly options: SupervisorOptions<C>) {
    this.clock = options.clock ?? systemClock
    this.maxRestarts = options.maxRestarts ?? 5
  }

  get kind(): State<C>['kind'] {
    return this.state.kind
  }

  start(): void {
    if (this.quitting || this.state.kind === 'starting' || this.state.kind === 'running') return
    let child: C
    try {
      child = this.options.launch()
    } catch (error) {
      this.fail(
        `the host could not be started: ${error instanceof Error ? error.message : String(error)}`,
      )
      return
    }
    this.state = { kind: 'starting', child }
    child.onMessage((data) => this.onMessage(child, data))
    child.onExit((code) => this.onExit(child, code))
  }

  /** The running host, once it runs; or why there is none. */
  async whenReady(): Promise<ReadyAnswer<C>> {
    const waiting = (): boolean =>
      !this.quitting && ['idle', 'starting', 'restarting'].includes(this.state.kind)
    if (waiting()) {
      await new Promise<void>((resolve) => {
        const wake = (): void => {
          this.clock.clearTimeout(timer)
          this.waiters.delete(wake)
          resolve()
        }
        const timer = this.clock.setTimeout(wake, this.options.readyWaitMs ?? 8000)
        this.waiters.add(wake)
      })
    }
    const state = this.state
    if (state.kind === 'running') return { ok: true, child: state.child }
    if (this.quitting) return { ok: false, reason: 'the app is quitting' }
    if (state.kind === 'failed') return { ok: false, reason: state.reason }
    return { ok: false, reason: 'the host is restarting; trying again shortly' }
  }

  /** Asks the host to flush and stop; resolves when it has exited (or after `timeoutMs`). */
  async stop(timeoutMs = 5000): Promise<void> {
    this.quitting = true
    const state = this.state
    if (state.kind === 'restarting') this.clock.clearTimeout(state.timer)
    if (state.kind !== 'starting' && state.kind !== 'running') {
      this.state = { kind: 'stopped' }
      this.wakeWaiters()
      return
    }
    const { child } = state
    const exited = new Promise<void>((resolve) => child.onExit(() => resolve()))
    let timer: unknown
    const timedOut = new Promise<void>((resolve) => {
      timer = this.clock.setTimeout(resolve, timeoutMs)
    })
    child.postMessage({ type: 'shutdown' })
    await Promise.race([exited, timedOut])
    this.clock.clearTimeout(timer)
    if (this.state.kind !== 'stopped') {
      this.options.log('warn', `the host did not stop within ${timeoutMs} ms; ending it`)
      child.kill()
      this.state = { kind: 'stopped' }
    }
    this.wakeWaiters()
  }

  private isCurrent(child: C): boolean {
    const state = this.state
    return (state.kind === 'starting' || state.kind === 'running') && state.child === child
  }

  private onMessage(child: C, data: unknown): void {
    if (!this.isCurrent(child)) return
    const read = readFromHost(data)
    if (!read.ok) {
      this.options.log('warn', `host: ignored a malformed message (${read.reason})`)
      return
    }
    const message = read.message
    if (message.type === 'event') {
      this.options.log('info', `host: ${message.text}`)
    } else if (message.type === 'ready') {
      if (this.state.kind !== 'starting') return
      this.state = { kind: 'running', child, since: this.clock.now() }
      this.options.log('info', 'the host is ready')
      this.options.onStatus({ state: 'running' })
      this.wakeWaiters()
    } else if (message.type === 'unavailable') {
      // It cannot open the library: starting it again would fail the same way. Failed first, so
      // the exit that the kill brings is not taken for a crash.
      this.fail(`the host cannot open the library: ${message.reason}`)
      child.kill()
    }
  }

  private onExit(child: C, code: number | null): void {
    const state = this.state
    if (!this.isCurrent(child) || (state.kind !== 'starting' && state.kind !== 'running')) return
    this.options.onStopped()
    if (this.quitting) {
      this.state = { kind: 'stopped' }
      this.wakeWaiters()
      return
    }
    const stayedUp =
      state.kind === 'running' &&
      this.clock.now() - state.since >= (this.options.stableAfterMs ?? 60_000)
    if (stayedUp) this.crashesInRow = 0
    this.crashesInRow++
    const reason = `the host stopped unexpectedly (${describeExit(code)})`
    if (this.crashesInRow > this.maxRestarts) {
      this.fail(`${reason}, ${this.crashesInRow} times in a row; it is not restarted again`)
      return
    }
    const attempt = this.crashesInRow
    const base = this.options.restartDelayMs ?? 500
    const delay = Math.min(base * 2 ** (attempt - 1), this.options.maxRestartDelayMs ?? 5000)
    this.options.log(
      'warn',
      `${reason}; restarting it in ${delay} ms (${attempt} of ${this.maxRestarts})`,
    )
    const timer = this.clock.setTimeout(() => {
      if (this.state.kind === 'restarting') this.start()
    }, delay)
    this.state = { kind: 'restarting', timer }
    this.options.onStatus({ state: 'restarting', attempt, of: this.maxRestarts, reason })
  }

  private fail(reason: string): void {
    this.state = { kind: 'failed', reason }
    this.options.log('error', reason)
    const said = reason.length > 2000 ? `${reason.slice(0, 1999)}…` : reason
    this.options.onStatus({ state: 'failed', reason: said, logFile: this.options.logFile() })
    this.wakeWaiters()
  }

  private wakeWaiters(): void {
    for (const wake of [...this.waiters]) wake()
  }
}
