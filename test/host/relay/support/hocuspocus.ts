import { spawn, spawnSync } from 'node:child_process'
import { freePort } from '../../../support/free-port'
import { Server } from '@hocuspocus/server'
import { Redis } from '@hocuspocus/extension-redis'
import { onCleanup } from '../../../support/cleanup'

export const REDIS_SERVER = process.env['REDIS_SERVER_PATH'] ?? 'redis-server'
export const hasRedis = spawnSync(REDIS_SERVER, ['--version']).status === 0

/** Debian's redis-server on a loopback port, nothing saved to disk, stopped after the test. */
export const startRedis = async (): Promise<number> => {
  const port = await freePort()
  const child = spawn(
    REDIS_SERVER,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  onCleanup(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    await exited
  })
  await new Promise<void>((resolve, reject) => {
    let output = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('Ready to accept connections')) resolve()
    })
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${output}`)))
  })
  return port
}

export interface HocuspocusRelay {
  readonly url: string
  readonly server: Server
}

/**
 * A real Hocuspocus server on 127.0.0.1, in this process: it accepts `token` only, and with
 * `redisPort` it joins the other instances on that Redis (`@hocuspocus/extension-redis`).
 */
export const startHocuspocus = async (
  options: { readonly token?: string; readonly redisPort?: number } = {},
): Promise<HocuspocusRelay> => {
  const server = new Server({
    port: 0,
    address: '127.0.0.1',
    quiet: true,
    stopOnSignals: false,
    extensions:
      options.redisPort === undefined
        ? []
        : [new Redis({ host: '127.0.0.1', port: options.redisPort })],
    onAuthenticate: async ({ token }) => {
      if (options.token !== undefined && token !== options.token) throw new Error('wrong token')
    },
  })
  await server.listen()
  onCleanup(() => server.destroy())
  return { url: `ws://127.0.0.1:${server.address.port}`, server }
}
