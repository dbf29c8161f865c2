import { fork } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { HostLimitOverrides } from '../../../../src/main/host/host-limits'
import { onCleanup } from './cleanup'

const CHILD = fileURLToPath(new URL('./host-child.ts', import.meta.url))

export interface HostProcess {
  readonly url: string
  readonly token: string
  readonly dossierId: string
  /** The host process's memory, measured after a full GC. */
  memory(): Promise<NodeJS.MemoryUsage>
}

interface Ready {
  readonly type: 'ready'
  readonly url: string
  readonly token: string
  readonly dossierId: string
}

const next = <T>(child: ChildProcess, type: string): Promise<T> =>
  new Promise((resolve, reject) => {
    const onMessage = (message: { type?: string }): void => {
      if (message.type !== type) return
      child.off('message', onMessage)
      child.off('exit', onExit)
      resolve(message as T)
    }
    const onExit = (code: number | null): void =>
      reject(new Error(`host process ended (${code}) before '${type}'`))
    child.on('message', onMessage)
    child.once('exit', onExit)
  })

/** A hub with one dossier in a child process (killed by pid after the test). */
export const startHostProcess = async (limits: HostLimitOverrides): Promise<HostProcess> => {
  const child = fork(CHILD, [JSON.stringify(limits)], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  onCleanup(
    () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        child.once('exit', () => resolve())
        process.kill(child.pid!, 'SIGKILL')
      }),
  )
  const ready = await next<Ready>(child, 'ready')
  return {
    url: ready.url,
    token: ready.token,
    dossierId: ready.dossierId,
    memory: async () => {
      const answer = next<{ usage: NodeJS.MemoryUsage }>(child, 'memory')
      child.send('memory')
      return (await answer).usage
    },
  }
}
