import type { HostChild, SupervisorClock } from '../../../../src/main/app/host-supervisor'
import type { ToHostMessage } from '../../../../src/shared/ipc/utility-host-ipc'

/** One run of a host the test plays by hand: it says what the test makes it say. */
export class ScriptedHost implements HostChild {
  readonly received: ToHostMessage[] = []
  killed = false
  private readonly messageListeners: ((data: unknown) => void)[] = []
  private readonly exitListeners: ((code: number | null) => void)[] = []
  private exited = false

  onMessage(listener: (data: unknown) => void): void {
    this.messageListeners.push(listener)
  }
  onExit(listener: (code: number | null) => void): void {
    this.exitListeners.push(listener)
  }
  postMessage(message: ToHostMessage): void {
    this.received.push(message)
    if (message.type === 'shutdown') this.exit(0)
  }
  kill(): void {
    this.killed = true
    this.exit(null)
  }

  say(data: unknown): void {
    for (const listener of this.messageListeners) listener(data)
  }
  exit(code: number | null): void {
    if (this.exited) return
    this.exited = true
    for (const listener of this.exitListeners) listener(code)
  }
}

/** A clock the test moves: timers run when `advance` passes them. */
export class ManualClock implements SupervisorClock {
  private time = 0
  private timers: { at: number; run: () => void; id: number }[] = []
  private nextId = 1

  now(): number {
    return this.time
  }
  setTimeout(run: () => void, ms: number): unknown {
    const id = this.nextId++
    this.timers.push({ at: this.time + ms, run, id })
    return id
  }
  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((timer) => timer.id !== handle)
  }
  /** The times (from now) of the timers waiting, soonest first. */
  pending(): number[] {
    return this.timers.map((timer) => timer.at - this.time).sort((a, b) => a - b)
  }
  advance(ms: number): void {
    const until = this.time + ms
    for (;;) {
      const due = this.timers.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at)[0]
      if (due === undefined) break
      this.timers = this.timers.filter((timer) => timer !== due)
      this.time = due.at
      due.run()
    }
    this.time = until
  }
}
