import { createServer } from 'node:net'
import type { AddressInfo, Socket } from 'node:net'
import { bytesToHex } from '@noble/hashes/utils.js'
import type { DeviceKeyFile } from '../../../shared/identity'
import { DEFAULT_LAN_LIMITS } from '../../../shared/lan'
import type { LanAddress, LanLimits } from '../../../shared/lan'
import { CLOSE_GOING_AWAY, CLOSE_INTERNAL_ERROR, TokenBucket } from '../../../shared/protocol'
import { TransportEvents } from '../../../shared/transport'
import type { Transport } from '../../../shared/transport'
import type { LanAdmission, LanPeerIdentity } from './admission'
import { noiseKeyPair } from './device-keypair'
import { FramedSocket, SocketEndedError } from './framed-socket'
import { findCandidate } from './handshake'
import type { LanCandidate } from './handshake'
import { encodeCloseMessage, lanTransport } from './lan-transport'
import { SecretStreamReceiver, SecretStreamSender } from './secret-stream'

/** An admitted peer: its transport (open) and what its handshake proved. */
export interface LanPeer extends LanPeerIdentity {
  readonly transport: Transport
}

/** Why a connection went nowhere; for logs and tests, never sent to the peer. */
export type LanRefusal =
  | 'over-capacity'
  | 'rate-limited'
  | 'no-candidate'
  | 'bad-handshake'
  | 'too-big'
  | 'timed-out'
  | 'closed'
  | 'not-admitted'

export type LanListenerEvent =
  | {
      readonly kind: 'refused'
      readonly why: LanRefusal
      readonly remoteAddress: string
      readonly detail?: string
    }
  | { readonly kind: 'admitted'; readonly remoteAddress: string; readonly remoteKey: string }

export interface LanListenerOptions {
  /** Default 0.0.0.0 (every IPv4 interface); tests bind 127.0.0.1. */
  readonly host?: string
  /** Default 0: any free port. */
  readonly port?: number
  readonly deviceKey: Pick<DeviceKeyFile, 'publicKey' | 'secretKey'>
  /** Asked at each connection, so an invite revoked or expired a moment ago is no longer among them. */
  readonly candidates: () => readonly LanCandidate[]
  /** Asked once the handshake proved who the peer is (see admitInvitesAndMembers). */
  readonly admit: (peer: LanPeerIdentity) => LanAdmission | Promise<LanAdmission>
  readonly onPeer: (peer: LanPeer) => void
  readonly onEvent?: (event: LanListenerEvent) => void
  readonly limits?: Partial<LanLimits>
  /** The clock of the per-address attempt limit; tests move it instead of sleeping. */
  readonly now?: () => number
}

/** Remote addresses whose attempt rate is tracked; past this, the longest-tracked is forgotten. */
const TRACKED_ADDRESSES = 4096

export interface LanListener {
  readonly address: LanAddress
  /** Connections still in their handshake. */
  readonly pending: number
  /** Stops listening, drops handshakes in progress and closes every admitted peer (1001). */
  close(): Promise<void>
}

const listen = (
  server: ReturnType<typeof createServer>,
  host: string,
  port: number,
): Promise<void> =>
  new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })

/**
 * A TCP listener for LAN peers. A connection must open with a handshake made with one of the
 * current candidates' secrets; until it does, it is sent nothing at all (docs/lan.md). Every
 * connection is on its own: a failure, a timeout or a hostile byte costs that connection only.
 */
export const startLanListener = async (options: LanListenerOptions): Promise<LanListener> => {
  const limits: LanLimits = { ...DEFAULT_LAN_LIMITS, ...options.limits }
  const keyPair = noiseKeyPair(options.deviceKey)
  const emit = (event: LanListenerEvent): void => {
    try {
      options.onEvent?.(event)
    } catch {
      // A logger's failure is not the connection's.
    }
  }
  const pendingByAddress = new Map<string, number>()
  const attempts = new Map<string, TokenBucket>()
  const attemptAllowed = (remoteAddress: string): boolean => {
    let bucket = attempts.get(remoteAddress)
    if (bucket === undefined) {
      if (attempts.size >= TRACKED_ADDRESSES) attempts.delete(attempts.keys().next().value!)
      bucket = new TokenBucket(limits.attemptsPerAddress, options.now)
      attempts.set(remoteAddress, bucket)
    }
    return bucket.take()
  }
  let pending = 0
  const sockets = new Set<Socket>()
  const peers = new Set<Transport>()

  const handshake = async (socket: Socket, remoteAddress: string): Promise<void> => {
    const framed = new FramedSocket(socket, limits.handshakeFrameBytes)
    const refuse = (why: LanRefusal, detail?: string): void => {
      emit({ kind: 'refused', why, remoteAddress, ...(detail === undefined ? {} : { detail }) })
      socket.destroy()
    }
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      refuse('timed-out')
    }, limits.handshakeTimeoutMs)
    try {
      const first = await framed.next()
      const found = findCandidate(first, options.candidates(), keyPair)
      if (found === null) return refuse('no-candidate')
      const { candidate, noise } = found
      framed.write(noise.send())
      noise.recv(await framed.next())
      if (noise.rs === null || noise.tx === null || noise.rx === null)
        return refuse('bad-handshake')
      const receiver = new SecretStreamReceiver(await framed.next(), noise.rx)
      const sender = new SecretStreamSender(noise.tx)
      const identity: LanPeerIdentity = {
        remoteKey: bytesToHex(noise.rs),
        dossierId: candidate.dossierId,
        grant: candidate.grant,
        remoteAddress,
      }
      const verdict = await options.admit(identity)
      if (socket.destroyed) return
      framed.write(sender.header)
      if (!verdict.admit) {
        framed.write(sender.seal(encodeCloseMessage(verdict.code, verdict.reason), 'final'))
        socket.end()
        return emit({ kind: 'refused', why: 'not-admitted', remoteAddress, detail: verdict.reason })
      }
      clearTimeout(timer)
      framed.cap = limits.frameBytes
      framed.write(sender.seal(new Uint8Array(), 'welcome'))
      const transport = lanTransport(
        framed,
        sender,
        receiver,
        new TransportEvents({ open: true }),
        limits,
      )
      peers.add(transport)
      transport.onClose(() => peers.delete(transport))
      emit({ kind: 'admitted', remoteAddress, remoteKey: identity.remoteKey })
      try {
        options.onPeer({ ...identity, transport })
      } catch {
        transport.close(CLOSE_INTERNAL_ERROR, 'the host could not take this connection')
      }
    } catch (error) {
      if (timedOut) return
      const detail = error instanceof Error ? error.message : String(error)
      if (!(error instanceof SocketEndedError)) return refuse('bad-handshake', detail)
      refuse(error.end.kind === 'too-big' ? 'too-big' : 'closed', detail)
    } finally {
      clearTimeout(timer)
    }
  }

  const server = createServer({ noDelay: true }, (socket) => {
    const remoteAddress = socket.remoteAddress ?? 'unknown'
    socket.on('error', () => undefined)
    if (!attemptAllowed(remoteAddress)) {
      emit({ kind: 'refused', why: 'rate-limited', remoteAddress })
      return void socket.destroy()
    }
    const fromAddress = pendingByAddress.get(remoteAddress) ?? 0
    if (pending >= limits.pendingConnections || fromAddress >= limits.pendingPerAddress) {
      emit({ kind: 'refused', why: 'over-capacity', remoteAddress })
      return void socket.destroy()
    }
    pending += 1
    pendingByAddress.set(remoteAddress, fromAddress + 1)
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    let released = false
    const release = (): void => {
      if (released) return
      released = true
      pending -= 1
      const left = (pendingByAddress.get(remoteAddress) ?? 1) - 1
      if (left > 0) pendingByAddress.set(remoteAddress, left)
      else pendingByAddress.delete(remoteAddress)
    }
    socket.once('close', release)
    handshake(socket, remoteAddress).then(release, release)
  })
  server.on('error', () => undefined)
  await listen(server, options.host ?? '0.0.0.0', options.port ?? 0)
  const bound = server.address() as AddressInfo

  return {
    address: { host: bound.address, port: bound.port },
    get pending() {
      return pending
    },
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      for (const peer of [...peers]) peer.close(CLOSE_GOING_AWAY, 'the host is leaving')
      for (const socket of [...sockets]) socket.destroy()
      await closed
    },
  }
}
