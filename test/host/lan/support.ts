import { connect, createServer } from 'node:net'
import type { AddressInfo, Socket } from 'node:net'
import { randomBytes } from '@noble/hashes/utils.js'
import { createDeviceKey } from '../../../src/shared/identity'
import type { DeviceKeyFile } from '../../../src/shared/identity'
import { admitInvitesAndMembers, dialLan, startLanListener } from '../../../src/main/host/lan'
import type {
  LanCandidate,
  LanDialOptions,
  LanDialResult,
  LanListener,
  LanListenerEvent,
  LanListenerOptions,
  LanPeer,
} from '../../../src/main/host/lan'
import type { LanAddress, LanLimits } from '../../../src/shared/lan'
import { onCleanup } from '../../support/cleanup'

export const DOSSIER = 'm_k3v9q0x2mz5a'
export const OTHER_DOSSIER = 'm_p8w2n4c6r1tq'

export const inviterKey: DeviceKeyFile = createDeviceKey('Alice')
export const joinerKey: DeviceKeyFile = createDeviceKey('Bob')

export const secret = (): Uint8Array => randomBytes(32)

export const inviteCandidate = (
  key: Uint8Array,
  inviteId = '0123456789abcdef',
  dossierId = DOSSIER,
): LanCandidate => ({
  dossierId,
  secret: key,
  grant: { kind: 'invite', inviteId, role: 'editor' },
})

export interface TestListener {
  readonly listener: LanListener
  readonly address: LanAddress
  readonly peers: LanPeer[]
  readonly events: LanListenerEvent[]
  /** What the listener will accept from the next connection on: change it to revoke. */
  candidates: LanCandidate[]
}

/** A listener on 127.0.0.1 with Alice's key, closed after the test. */
export const listenerWith = async (
  candidates: LanCandidate[],
  options: Partial<LanListenerOptions> = {},
): Promise<TestListener> => {
  const state: { candidates: LanCandidate[] } = { candidates }
  const peers: LanPeer[] = []
  const events: LanListenerEvent[] = []
  const listener = await startLanListener({
    host: '127.0.0.1',
    deviceKey: inviterKey,
    candidates: () => state.candidates,
    admit: admitInvitesAndMembers(() => false),
    onPeer: (peer) => peers.push(peer),
    onEvent: (event) => events.push(event),
    ...options,
  })
  onCleanup(() => listener.close())
  return {
    listener,
    address: listener.address,
    peers,
    events,
    get candidates() {
      return state.candidates
    },
    set candidates(next) {
      state.candidates = next
    },
  }
}

/** Dials as Bob, and closes the transport after the test. */
export const dialAs = async (
  address: LanAddress,
  options: Partial<LanDialOptions> & Pick<LanDialOptions, 'secret'>,
): Promise<LanDialResult> => {
  const result = await dialLan(address, {
    dossierId: DOSSIER,
    purpose: 'invite',
    deviceKey: joinerKey,
    ...options,
  })
  if (result.ok) onCleanup(() => result.transport.close())
  return result
}

export const openTransport = async (
  address: LanAddress,
  options: Partial<LanDialOptions> & Pick<LanDialOptions, 'secret'>,
) => {
  const result = await dialAs(address, options)
  if (!result.ok) throw new Error(result.message)
  return result
}

/** A raw TCP client that counts every byte it receives, for "sent nothing" assertions. */
export interface RawClient {
  readonly socket: Socket
  readonly received: () => number
  readonly closed: Promise<void>
}

export const rawClient = async (address: LanAddress, localAddress?: string): Promise<RawClient> => {
  const socket = connect({
    host: address.host,
    port: address.port,
    ...(localAddress === undefined ? {} : { localAddress }),
  })
  let received = 0
  socket.on('data', (chunk: Buffer) => (received += chunk.length))
  socket.on('error', () => undefined)
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()))
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve())
    socket.once('error', reject)
  })
  onCleanup(() => void socket.destroy())
  return { socket, received: () => received, closed }
}

/** A frame as the LAN wire carries it (uint32 BE length, body). */
export const wireFrame = (body: Uint8Array): Buffer => {
  const out = Buffer.alloc(4 + body.length)
  out.writeUInt32BE(body.length, 0)
  out.set(body, 4)
  return out
}

export type Direction = 'to-listener' | 'to-dialer'

/**
 * A TCP proxy in front of `target` that counts bytes each way and lets a test rewrite them; the
 * attacker in the middle of a LAN.
 */
export const proxy = async (
  target: LanAddress,
  rewrite: (chunk: Buffer, direction: Direction, offset: number) => Buffer = (chunk) => chunk,
): Promise<{
  readonly address: LanAddress
  readonly bytes: Record<Direction, number>
  /** Cuts every connection through the proxy, as a pulled cable does (no close on the wire). */
  drop(): Promise<void>
  /**
   * From now on forwards nothing, either way, and closes nothing: a peer whose laptop lid shut
   * (the sockets stay open; no byte and no FIN ever arrives).
   */
  freeze(): void
}> => {
  const bytes: Record<Direction, number> = { 'to-listener': 0, 'to-dialer': 0 }
  let frozen = false
  const sockets = new Set<Socket>()
  const server = createServer((client) => {
    const upstream = connect({ host: target.host, port: target.port })
    for (const socket of [client, upstream]) {
      sockets.add(socket)
      socket.on('error', () => undefined)
      socket.on('close', () => {
        if (frozen) return
        client.destroy()
        upstream.destroy()
      })
    }
    const pipe = (from: Socket, to: Socket, direction: Direction): void => {
      from.on('data', (chunk: Buffer) => {
        if (frozen) return
        const offset = bytes[direction]
        bytes[direction] += chunk.length
        to.write(rewrite(chunk, direction, offset))
      })
    }
    pipe(client, upstream, 'to-listener')
    pipe(upstream, client, 'to-dialer')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  onCleanup(async () => {
    for (const socket of sockets) socket.destroy()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })
  return {
    address: { host: '127.0.0.1', port: (server.address() as AddressInfo).port },
    bytes,
    drop: async () => {
      for (const socket of sockets) socket.destroy()
    },
    freeze: () => (frozen = true),
  }
}

/** Both ends of one secure channel over real TCP: `a` dialled, `b` admitted by the listener. */
export const lanPair = async (
  options: {
    readonly through?: LanAddress
    readonly listener?: TestListener
    readonly secret?: Uint8Array
    readonly limits?: Partial<LanLimits>
  } = {},
) => {
  const key = options.secret ?? secret()
  const host = options.listener ?? (await listenerWith([inviteCandidate(key)]))
  const before = host.peers.length
  const dialed = await openTransport(options.through ?? host.address, {
    secret: key,
    ...(options.limits === undefined ? {} : { limits: options.limits }),
  })
  const deadline = Date.now() + 5000
  while (host.peers.length === before && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 5))
  const admitted = host.peers[before]
  if (admitted === undefined) throw new Error('the listener never admitted the dialer')
  return { a: dialed.transport, b: admitted.transport, host }
}
