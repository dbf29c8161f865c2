import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { freePort } from '../../../support/free-port'
import * as path from 'node:path'

const SERVER_SCRIPT = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@y/websocket-server/package.json')),
  'src',
  'server.js',
)

export interface YWebsocketServer {
  readonly url: string
  readonly port: number
  readonly pid: number
  /** Ends the server process (its rooms live in its memory: they go with it). */
  stop(): Promise<void>
}

/**
 * The unmodified `@y/websocket-server`, as a desk would run it (`npx y-websocket`): its own
 * script, in its own process, on 127.0.0.1. `port` reuses a port (to restart "the same" relay).
 * The caller stops it (tests: `startYWebsocketServer`, which does so after the test).
 */
export const launchYWebsocketServer = async (port?: number): Promise<YWebsocketServer> => {
  const chosen = port ?? (await freePort())
  const child = spawn(process.execPath, [SERVER_SCRIPT], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(chosen) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    await exited
  }
  await new Promise<void>((resolve, reject) => {
    let output = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('running at')) resolve()
    })
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code) =>
      reject(new Error(`y-websocket server exited (${code}): ${output}`)),
    )
  })
  return { url: `ws://127.0.0.1:${chosen}`, port: chosen, pid: child.pid!, stop }
}
