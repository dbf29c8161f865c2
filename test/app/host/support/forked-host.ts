import { fork } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import * as path from 'node:path'
import type { HostChild } from '../../../../src/main/app/host-supervisor'
import type { ToHostMessage } from '../../../../src/shared/ipc/utility-host-ipc'

const SCRIPT = path.join(import.meta.dirname, 'forked-host-script.ts')

export type ForkedHostMode = 'serve' | 'crash-on-connect' | 'crash-on-start' | 'unavailable'

/** One run of the stand-in host in a real Node child process (tsx runs its TypeScript). */
export class ForkedHost implements HostChild {
  readonly process: ChildProcess

  constructor(mode: ForkedHostMode) {
    this.process = fork(SCRIPT, [mode], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
  }

  onMessage(listener: (data: unknown) => void): void {
    this.process.on('message', listener)
  }
  onExit(listener: (code: number | null) => void): void {
    this.process.on('exit', (code) => listener(code))
  }
  postMessage(message: ToHostMessage): void {
    if (this.process.connected) this.process.send(message)
  }
  kill(): void {
    this.process.kill('SIGKILL')
  }
}
