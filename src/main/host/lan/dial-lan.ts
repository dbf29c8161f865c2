import { connect } from 'node:net'
import { bytesToHex } from '@noble/hashes/utils.js'
import type { DeviceKeyFile } from '../../../shared/identity'
import { DEFAULT_LAN_LIMITS, formatLanAddress } from '../../../shared/lan'
import type { LanAddress, LanLimits } from '../../../shared/lan'
import { TransportEvents } from '../../../shared/transport'
import type { Transport } from '../../../shared/transport'
import { noiseKeyPair } from './device-keypair'
import { FramedSocket, SocketEndedError } from './framed-socket'
import { startHandshake } from './handshake'
import { decodeCloseMessage, lanTransport } from './lan-transport'
import type { SecretPurpose } from './psk'
import { SecretStreamReceiver, SecretStreamSender } from './secret-stream'

export interface LanDialOptions {
  readonly dossierId: string
  readonly secret: Uint8Array
  /** An invite's secret (joining) or a pair secret (members reconnecting, `pair-secret.ts`). */
  readonly purpose: SecretPurpose
  readonly deviceKey: Pick<DeviceKeyFile, 'publicKey' | 'secretKey'>
  /** The device key (hex) that must answer: the inviter's, from the invite. */
  readonly expectedPeer?: string
  readonly limits?: Partial<LanLimits>
}

export type LanDialProblem =
  'unreachable' | 'timed-out' | 'refused' | 'wrong-peer' | 'not-admitted' | 'protocol'

export type LanDialResult =
  | {
      readonly ok: true
      readonly transport: Transport
      /** The peer's device key (hex), authenticated by the handshake. */
      readonly remoteKey: string
    }
  | {
      readonly ok: false
      readonly problem: LanDialProblem
      /** A sentence the join screen can print as it is. */
      readonly message: string
      /** For not-admitted: the close code the peer gave. */
      readonly code?: number
    }

class DialFailure extends Error {
  constructor(
    readonly problem: LanDialProblem,
    message: string,
    readonly code?: number,
  ) {
    super(message)
  }
}

const REFUSED: Record<SecretPurpose, string> = {
  invite: 'refused: the invite is wrong, expired or revoked',
  member: 'refused: this device is not, or no longer, a member of the session there',
}

/**
 * Connects to a LAN peer and runs the initiator's side of the handshake (docs/lan.md). Resolves
 * with an open transport, or with why not in words: never rejects.
 */
export const dialLan = async (
  address: LanAddress,
  options: LanDialOptions,
): Promise<LanDialResult> => {
  const limits: LanLimits = { ...DEFAULT_LAN_LIMITS, ...options.limits }
  const where = formatLanAddress(address)
  const socket = connect({ host: address.host, port: address.port, noDelay: true })
  const framed = new FramedSocket(socket, limits.handshakeFrameBytes)
  let connected = false
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    socket.destroy()
  }, limits.handshakeTimeoutMs)

  const next = async (): Promise<Uint8Array> => {
    try {
      return await framed.next()
    } catch (error) {
      if (timedOut) throw new DialFailure('timed-out', `timed out: ${where} did not answer in time`)
      if (error instanceof SocketEndedError && error.end.kind === 'closed' && !connected) {
        throw new DialFailure(
          'unreachable',
          `unreachable: ${where} (${error.end.error ?? 'closed'})`,
        )
      }
      if (error instanceof SocketEndedError && error.end.kind === 'too-big') {
        throw new DialFailure(
          'protocol',
          `${where} sent a frame of ${error.end.length} bytes during the handshake`,
        )
      }
      throw error
    }
  }

  try {
    const noise = startHandshake(
      true,
      noiseKeyPair(options.deviceKey),
      options.dossierId,
      options.secret,
      options.purpose,
    )
    socket.once('connect', () => {
      connected = true
      framed.write(noise.send())
    })
    const second = await next().catch((error: unknown) => {
      // A listener that holds no matching secret closes without a byte: that is its only answer.
      if (error instanceof SocketEndedError)
        throw new DialFailure('refused', REFUSED[options.purpose])
      throw error
    })
    try {
      noise.recv(second)
    } catch {
      throw new DialFailure(
        'protocol',
        `refused: ${where} answered with a handshake that does not verify`,
      )
    }
    if (noise.rs === null) throw new DialFailure('protocol', 'handshake incomplete')
    const remoteKey = bytesToHex(noise.rs)
    if (options.expectedPeer !== undefined && remoteKey !== options.expectedPeer) {
      throw new DialFailure(
        'wrong-peer',
        `refused: the device at ${where} is not the one that invited you`,
      )
    }
    // Not sent until the peer's key is known: the third message gives away our own device key.
    framed.write(noise.send())
    if (noise.tx === null || noise.rx === null)
      throw new DialFailure('protocol', 'handshake incomplete')
    // The responder is authenticated from message 2 on; once admitted it may send its stream
    // header, the welcome and its first full-size frames in one segment, read together.
    framed.cap = limits.frameBytes
    const sender = new SecretStreamSender(noise.tx)
    framed.write(sender.header)
    const receiver = new SecretStreamReceiver(await next(), noise.rx)
    const first = receiver.open(await next())
    if (first?.tag === 'final') {
      const notice = decodeCloseMessage(first.message)
      throw new DialFailure(
        'not-admitted',
        `refused: ${notice?.reason ?? 'no reason given'}`,
        notice?.code,
      )
    }
    if (first?.tag !== 'welcome')
      throw new DialFailure('protocol', `${where} broke the protocol after the handshake`)
    clearTimeout(timer)
    return {
      ok: true,
      remoteKey,
      transport: lanTransport(
        framed,
        sender,
        receiver,
        new TransportEvents({ open: true }),
        limits,
      ),
    }
  } catch (error) {
    clearTimeout(timer)
    socket.destroy()
    if (timedOut)
      return {
        ok: false,
        problem: 'timed-out',
        message: `timed out: ${where} did not answer in time`,
      }
    if (error instanceof DialFailure) {
      return {
        ok: false,
        problem: error.problem,
        message: error.message,
        ...(error.code === undefined ? {} : { code: error.code }),
      }
    }
    if (error instanceof SocketEndedError) {
      return {
        ok: false,
        problem: 'protocol',
        message: `${where} closed the connection during the handshake`,
      }
    }
    return {
      ok: false,
      problem: 'protocol',
      message: `${where}: ${error instanceof Error ? error.message : String(error)}`,
    }
  }
}
