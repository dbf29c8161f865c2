import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { BIN } from '../../../support/run-cli'

/**
 * The real `dossier serve`, as a user starts it: `node bin/dossier.mjs serve ...` in a child
 * process. Every child started here is killed by its pid in `killServes` (call it in afterEach).
 */

export interface Exit {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
}

export interface ServeProcess {
  readonly pid: number
  /** What serve printed to open: `http://127.0.0.1:PORT/#token=T`. */
  readonly url: string
  /** `http://127.0.0.1:PORT`, the page's origin. */
  readonly origin: string
  readonly port: number
  readonly token: string
  /** The y-websocket serverUrl: `ws://127.0.0.1:PORT/sync`. */
  readonly syncUrl: string
  readonly exited: Promise<Exit>
  stdout(): string
  stderr(): string
  isRunning(): boolean
  /** Sends `signal` to this process (by pid) and waits for it to end. */
  stop(signal: NodeJS.Signals): Promise<Exit>
}

export interface ServeOptions {
  /** The library folder, passed as `--data` unless `viaEnv` (then as DOSSIER_DATA). */
  readonly dataDir: string
  readonly viaEnv?: boolean
  readonly args?: readonly string[]
}

const running = new Set<ChildProcess>()

const isAlive = (child: ChildProcess): boolean =>
  child.exitCode === null && child.signalCode === null

/** Kills every serve process a test left running (SIGKILL, by pid) and waits for each to end. */
export const killServes = async (): Promise<void> => {
  const alive = [...running].filter(isAlive)
  running.clear()
  await Promise.all(
    alive.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (!isAlive(child)) return resolve()
          child.once('exit', () => resolve())
          process.kill(child.pid!, 'SIGKILL')
        }),
    ),
  )
}

const OPEN_LINE = /^Open (http:\/\/127\.0\.0\.1:(\d+)\/#token=([A-Za-z0-9_-]+))$/m

/** Starts `dossier serve` and resolves once it prints the address to open. */
export const startServe = (options: ServeOptions): Promise<ServeProcess> => {
  const data = options.viaEnv === true ? [] : ['--data', options.dataDir]
  const child = spawn(process.execPath, [BIN, 'serve', ...data, ...(options.args ?? [])], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      // Runs serve from its sources through tsx, as bin/dossier.mjs did before its bundle.
      ...(process.env.DOSSIER_FROM_SOURCE === '1' ? { DOSSIER_FROM_SOURCE: '1' } : {}),
      ...(options.viaEnv === true ? { DOSSIER_DATA: options.dataDir } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  running.add(child)
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  const exited = new Promise<Exit>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  )
  return new Promise<ServeProcess>((resolve, reject) => {
    const onData = (): void => {
      const open = OPEN_LINE.exec(stdout)
      if (open === null) return
      child.stdout!.off('data', onData)
      const port = Number(open[2])
      const origin = `http://127.0.0.1:${port}`
      resolve({
        pid: child.pid!,
        url: open[1]!,
        origin,
        port,
        token: open[3]!,
        syncUrl: `ws://127.0.0.1:${port}/sync`,
        exited,
        stdout: () => stdout,
        stderr: () => stderr,
        isRunning: () => isAlive(child),
        stop: (signal) => {
          if (isAlive(child)) process.kill(child.pid!, signal)
          return exited
        },
      })
    }
    child.stdout!.on('data', onData)
    void exited.then(({ code, signal }) =>
      reject(new Error(`dossier serve ended (${code ?? signal}) before it served:\n${stderr}`)),
    )
  })
}
