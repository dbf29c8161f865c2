import { app, MessageChannelMain, utilityProcess, webContents } from 'electron'
import type { UtilityProcess } from 'electron'
import { existsSync } from 'node:fs'
import { IPC_HOST_STOPPED, IPC_PORT } from '../../shared/ipc/host-port-ipc'
import type { HostPortAnswer } from '../../shared/ipc/host-port-ipc'
import { IPC_HOST_STATUS } from '../../shared/ipc/host-status'
import type { HostStatus } from '../../shared/ipc/host-status'
import { keyProtectionArg } from '../../shared/ipc/key-protection-ipc'
import { libraryArg } from '../../shared/ipc/utility-host-ipc'
import type { ToHostMessage } from '../../shared/ipc/utility-host-ipc'
import { HostSupervisor } from './host-supervisor'
import type { HostChild } from './host-supervisor'
import type { MainKeychain } from './key-protection'
import { answerKeyRequests } from './keychain-channel'
import type { RotatingLog } from './logging'

/** One run of the host in Electron's utility process, as the supervisor sees it. */
class UtilityHost implements HostChild {
  constructor(readonly process: UtilityProcess) {}
  onMessage(listener: (data: unknown) => void): void {
    this.process.on('message', listener)
  }
  onExit(listener: (code: number | null) => void): void {
    this.process.on('exit', listener)
  }
  postMessage(message: ToHostMessage, ports: Electron.MessagePortMain[] = []): void {
    this.process.postMessage(message, ports)
  }
  kill(): void {
    this.process.kill()
  }
}

const tellEveryWindow = (channel: string, payload?: HostStatus): void => {
  for (const contents of webContents.getAllWebContents()) contents.send(channel, payload)
}

/** Tells each page that loads (a new window, a reload) what it missed: a restart or a failure. */
const tellEachNewPage = (latest: () => HostStatus | null): void => {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('did-finish-load', () => {
      const status = latest()
      if (status !== null && status.state !== 'running') contents.send(IPC_HOST_STATUS, status)
    })
  })
}

/**
 * The dossier host in its utility process, kept running by `HostSupervisor` (restarts, giving
 * up, quitting). Each renderer connection gets its own MessageChannelMain: one end goes to the
 * host, the other to the window that asked.
 */
export class HostProcess {
  private readonly supervisor: HostSupervisor<UtilityHost>
  private latest: HostStatus | null = null

  constructor(entry: string, libraryDir: string, log: RotatingLog, keychain?: MainKeychain) {
    tellEachNewPage(() => this.latest)
    this.supervisor = new HostSupervisor({
      launch: () => {
        if (!existsSync(entry)) throw new Error(`it is not built (${entry})`)
        const offered = keychain?.offered() ?? 'none'
        const child = utilityProcess.fork(
          entry,
          [libraryArg(libraryDir), keyProtectionArg(offered)],
          { serviceName: 'Verification Desk host', stdio: 'inherit' },
        )
        if (keychain !== undefined) answerKeyRequests(child, keychain)
        return new UtilityHost(child)
      },
      onStatus: (status) => {
        this.latest = status
        tellEveryWindow(IPC_HOST_STATUS, status)
      },
      onStopped: () => tellEveryWindow(IPC_HOST_STOPPED),
      log: (level, text) => log.write(level, text),
      logFile: () => (log.writing ? log.file : null),
    })
  }

  start(): void {
    this.supervisor.start()
  }

  /** Sends `message` with `port` (an `open-file`'s, which the answer comes back on; os-open.ts). */
  async post(message: ToHostMessage, port: Electron.MessagePortMain): Promise<HostPortAnswer> {
    const ready = await this.supervisor.whenReady()
    if (!ready.ok) return ready
    ready.child.postMessage(message, [port])
    return { ok: true }
  }

  /** Sends one end of a new channel to the host and the other to `target`, tagged `requestId`. */
  async connect(
    target: Electron.WebContents,
    requestId: string,
    dossierId: string | null,
  ): Promise<HostPortAnswer> {
    const ready = await this.supervisor.whenReady()
    if (!ready.ok) return ready
    const { port1, port2 } = new MessageChannelMain()
    ready.child.postMessage({ type: 'connect', dossierId }, [port1])
    target.postMessage(IPC_PORT, { requestId }, [port2])
    return { ok: true }
  }

  /** Asks the host to flush and stop; resolves when it has exited (or after `timeoutMs`). */
  stop(timeoutMs = 5000): Promise<void> {
    return this.supervisor.stop(timeoutMs)
  }
}
