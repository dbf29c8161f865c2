import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import WebSocket, { WebSocketServer } from 'ws'
import { wsTransport } from '../../../src/main/host/sync'
import { webSocketTransport } from '../../../src/shared/transport'
import { onCleanup } from '../../support/cleanup'
import { eventually } from '../../support/eventually'
import { record, transportContract, whenOpen } from './transport-contract'

/** A real `ws` server on 127.0.0.1 and a client through the shared adapter: both adapters at once. */
const connect = async () => {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 })
  await new Promise<void>((resolve) => server.once('listening', resolve))
  onCleanup(
    () =>
      new Promise<void>((resolve) => {
        for (const client of server.clients) client.terminate()
        server.close(() => resolve())
      }),
  )
  const accepted = new Promise<WebSocket>((resolve) => server.once('connection', resolve))
  const socket = new WebSocket(`ws://127.0.0.1:${(server.address() as AddressInfo).port}/sync`)
  const client = webSocketTransport(socket)
  const serverSocket = await accepted
  const serverEnd = wsTransport(serverSocket)
  await whenOpen(client)
  return { socket, serverSocket, client, server: serverEnd }
}

transportContract('a WebSocket (the shared client adapter against the host’s `ws` adapter)', {
  bufferedAmount: true,
  connect: async () => {
    const { socket, serverSocket, client, server } = await connect()
    return {
      client,
      server,
      sendRaw: (to, data) => (to === 'client' ? serverSocket : socket).send(String(data)),
      vanishServer: () => serverSocket.terminate(),
    }
  },
})

describe('the WebSocket transport', () => {
  it('is connecting until the socket opens, and drops what is sent before', async () => {
    const { client } = await connect()
    const early = webSocketTransport(new WebSocket('ws://127.0.0.1:9/never'))
    const seen = record(early)
    expect(() => early.send(Uint8Array.of(1))).not.toThrow()
    let opened = false
    early.onOpen(() => (opened = true))
    await eventually(() => expect(seen.closes).toHaveLength(1))
    expect(seen.closes[0]).toMatchObject({ code: 1006, opened: false, refused: false })
    expect(opened).toBe(false)
    expect(client.kind).toBe('websocket')
  })

  it('asks whether it was refused when the socket closed before it opened', async () => {
    const refusedSocket = webSocketTransport(new WebSocket('ws://127.0.0.1:9/never'), {
      wasRefused: async () => true,
    })
    const seen = record(refusedSocket)
    await eventually(() => expect(seen.closes).toHaveLength(1))
    expect(seen.closes[0]).toMatchObject({ opened: false, refused: true })
  })
})
