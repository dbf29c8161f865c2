import * as fs from 'node:fs/promises'
import { connect } from 'node:net'
import type { Socket } from 'node:net'
import * as path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { withHostLimits } from '../../../src/main/host/host-limits'
import { startStaticServer } from '../../../src/main/host/web/static-server'
import type { StaticServer } from '../../../src/main/host/web/static-server'
import { eventually } from '../../support/eventually'
import { tempDir } from '../../support/temp-dir'
import { httpGet } from './support/http-get'

const servers: StaticServer[] = []
const sockets: Socket[] = []
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy()
  await Promise.all(servers.splice(0).map((server) => server.close()))
})

/** Connected; `closed` resolves when the server hangs up. */
interface Attacker {
  readonly closed: Promise<void>
}

const connected = (socket: Socket, closed: Promise<void>): Promise<Attacker> =>
  new Promise((resolve) => socket.once('connect', () => resolve({ closed })))

/** A client that opens a request and never finishes its headers, trickling one line at a time. */
const slowLoris = (port: number): Promise<Attacker> => {
  const socket = connect(port, '127.0.0.1')
  sockets.push(socket)
  socket.on('error', () => undefined)
  socket.resume() // reads what the server answers, so that its hang-up is seen
  socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`)
  // Never idle (so only the header deadline can cut it), never done.
  const trickle = setInterval(() => socket.write(`X-Slow: ${Date.now()}\r\n`), 50)
  const closed = new Promise<void>((resolve) =>
    socket.once('close', () => {
      clearInterval(trickle)
      resolve()
    }),
  )
  return connected(socket, closed)
}

/** A client that connects and says nothing at all. */
const silent = (port: number): Promise<Attacker> => {
  const socket = connect(port, '127.0.0.1')
  sockets.push(socket)
  socket.on('error', () => undefined)
  socket.resume()
  return connected(socket, new Promise((resolve) => socket.once('close', () => resolve())))
}

describe('slow and half-open HTTP requests', () => {
  it('are cut, and an honest request gets through', async () => {
    const root = await tempDir()
    await fs.writeFile(path.join(root, 'index.html'), '<!doctype html><title>desk</title>')
    const http = withHostLimits({
      http: {
        headersTimeoutMs: 300,
        requestTimeoutMs: 600,
        checkIntervalMs: 50,
        idleSocketMs: 600,
        maxSockets: 8,
      },
    }).http
    const server = await startStaticServer({ root, http })
    servers.push(server)

    // Every socket the server allows is taken by a client that will never finish a request.
    const attackers = await Promise.all([
      ...Array.from({ length: 6 }, () => slowLoris(server.port)),
      ...Array.from({ length: 2 }, () => silent(server.port)),
    ])
    await eventually(async () => {
      const response = await httpGet(server.url)
      expect(response.status).toBe(200)
      expect(response.body).toContain('<title>desk</title>')
    }, 10_000)
    await Promise.all(attackers.map((attacker) => attacker.closed))
  })
})
