import { MessageChannelMain, utilityProcess, webContents } from 'electron'
import type { UtilityProcess } from 'electron'
import { existsSync } from 'node:fs'
import { IPC_HOST_STOPPED, IPC_PORT } from '../../shared/ipc/host-port-ipc'
import type { HostPortAnswer } from '../../shared/ipc/host-port-ipc'
import { libraryArg, readFromHost } from '../../shared/ipc/utility-host-ipc'
import type { ToHostMessage } from '../../shared/ipc/utility-host-ipc'

/** Restarts after a crash: fast at first, never more than this many in a row without a success. */
const MAX_RESTARTS = 5
const RESTART_DELAY_MS = 500

type HostState =
  | { readonly kind: 'starting'; readonly child: UtilityProcess }
  | { readonly kind: 'ready'; readonly child: UtilityProcess }
  | { readonly kind: 'unavailable'; readonly reason: string }
  | { readonly kind: 'stopped' }

/**
 * The dossier host in its utility process: spawned at start, restarted when it crashes, asked to
 * flush and stop when the app quits. Each renderer connection gets its own MessageChannelMain:
 * one end goes to the host, the other to the window that asked.
 */
export class HostProcess {
  private state: HostState = { kind: 'stopped' }
  private restarts = 0
  private quitting = false
  private readonly waiters: (() => void)[] = []

  constructor(
    private readonly entry: string,
    private readonly libraryDir: string,
  ) {}

  start(): void {
    if (!existsSync(this.entry)) {
      this.state = { kind: 'unavailable', reason: `the host is not built (${this.entry})` }
      return
    }
    const child = utilityProcess.fork(this.entry, [libraryArg(this.libraryDir)], {
      serviceName: 'Verification Desk host',
      stdio: 'inherit',
    })
    this.state = { kind: 'starting', child }
    child.on('message', (data: unknown) => this.onMessage(child, data))
    child.on('exit', (code) => this.onExit(child, code))
  }

  /** Sends one end of a new channel to the host and the other to `target`, tagged `requestId`. */
  async connect(
    target: Electron.WebContents,
    requestId: string,
    dossierId: string | null,
  ): Promise<HostPortAnswer> {
    if (this.state.kind === 'starting') await new Promise<void>((r) => this.waiters.push(r))
    if (this.state.kind !== 'ready') {
      return {
        ok: false,
        reason: this.state.kind === 'unavailable' ? this.state.reason : 'no host',
      }
    }
    const { port1, port2 } = new MessageChannelMain()
    const message: ToHostMessage = { type: 'connect', dossierId }
    this.state.child.postMessage(message, [port1])
    target.postMessage(IPC_PORT, { requestId }, [port2])
    return { ok: true }
  }

  /** Asks the host to flush and stop; resolves when it has exited (or after `timeoutMs`). */
  async stop(timeoutMs = 5000): Promise<void> {
    this.quitting = true
    if (this.state.kind !== 'ready' && this.state.kind !== 'starting') return
    const { child } = this.state
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    const shutdown: ToHostMessage = { type: 'shutdown' }
    child.postMessage(shutdown)
    const timer = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs))
    await Promise.race([exited, timer])
    if (this.state.kind === 'ready' || this.state.kind === 'starting') child.kill()
  }

  private onMessage(child: UtilityProcess, data: unknown): void {
    if (this.state.kind !== 'starting' && this.state.kind !== 'ready') return
    if (this.state.child !== child) return
    const read = readFromHost(data)
    if (!read.ok) {
      console.warn(`host: ignored a malformed message (${read.reason})`)
      return
    }
    const message = read.message
    if (message.type === 'ready') {
      this.state = { kind: 'ready', child }
      this.restarts = 0
    } else if (message.type === 'unavailable') {
      this.state = { kind: 'unavailable', reason: message.reason }
      child.kill()
    } else {
      console.warn(`host: ${message.text}`)
    }
    for (const wake of this.waiters.splice(0)) wake()
  }

  private onExit(child: UtilityProcess, code: number): void {
    const current = this.state
    if ((current.kind === 'starting' || current.kind === 'ready') && current.child === child) {
      this.state = { kind: 'stopped' }
      for (const wake of this.waiters.splice(0)) wake()
      for (const contents of webContents.getAllWebContents()) contents.send(IPC_HOST_STOPPED)
      if (!this.quitting && this.restarts < MAX_RESTARTS) {
        console.warn(`the host stopped (exit code ${code}); restarting it`)
        this.restarts++
        setTimeout(() => this.start(), RESTART_DELAY_MS * this.restarts)
      }
    }
  }
}
