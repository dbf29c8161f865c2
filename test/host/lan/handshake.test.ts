import { createServer } from 'node:net'
import type { AddressInfo, Socket } from 'node:net'
import curve from 'noise-curve-ed'
import NoiseState from 'noise-handshake'
import { describe, expect, it } from 'vitest'
import { noiseKeyPair } from '../../../src/main/host/lan'
import { NOISE_PATTERN, prologueFor } from '../../../src/main/host/lan/handshake'
import { derivePsk } from '../../../src/main/host/lan/psk'
import { onCleanup } from '../../support/cleanup'
import { eventually } from '../../support/eventually'
import { refusedPort } from '../../support/refused-port'
import {
  DOSSIER,
  OTHER_DOSSIER,
  dialAs,
  inviteCandidate,
  inviterKey,
  joinerKey,
  listenerWith,
  openTransport,
  proxy,
  secret,
} from './support'

const REFUSED = 'refused: the invite is wrong, expired or revoked'

describe('the LAN handshake', () => {
  it('connects a joiner with the right invite, each side learning the other device key', async () => {
    const key = secret()
    const host = await listenerWith([
      inviteCandidate(secret(), 'aaaaaaaaaaaaaaaa'),
      inviteCandidate(key, 'bbbbbbbbbbbbbbbb'),
    ])
    const joined = await openTransport(host.address, {
      secret: key,
      expectedPeer: inviterKey.publicKey,
    })
    expect(joined.remoteKey).toBe(inviterKey.publicKey)
    expect(joined.transport.kind).toBe('lan')
    await eventually(() => expect(host.peers).toHaveLength(1))
    const peer = host.peers[0]!
    expect(peer).toMatchObject({
      remoteKey: joinerKey.publicKey,
      dossierId: DOSSIER,
      grant: { kind: 'invite', inviteId: 'bbbbbbbbbbbbbbbb', role: 'editor' },
    })
    const atHost: Uint8Array[] = []
    const atJoiner: Uint8Array[] = []
    peer.transport.onMessage((bytes) => atHost.push(bytes))
    joined.transport.onMessage((bytes) => atJoiner.push(bytes))
    joined.transport.send(Uint8Array.of(1, 2, 3))
    peer.transport.send(Uint8Array.of(4))
    await eventually(() =>
      expect([atHost, atJoiner]).toEqual([[Uint8Array.of(1, 2, 3)], [Uint8Array.of(4)]]),
    )
  })

  it('serves several dossiers on one port, telling which one and which secret each peer used', async () => {
    const session = secret()
    const host = await listenerWith(
      [
        inviteCandidate(secret()),
        {
          dossierId: OTHER_DOSSIER,
          secret: session,
          grant: { kind: 'member', key: joinerKey.publicKey },
        },
      ],
      { admit: () => ({ admit: true }) },
    )
    await openTransport(host.address, {
      secret: session,
      dossierId: OTHER_DOSSIER,
      purpose: 'member',
    })
    await eventually(() =>
      expect(host.peers[0]).toMatchObject({ dossierId: OTHER_DOSSIER, grant: { kind: 'member' } }),
    )
  })

  it('sends not one byte to an initiator with a wrong secret', async () => {
    const host = await listenerWith([inviteCandidate(secret())])
    const wire = await proxy(host.address)
    const result = await dialAs(wire.address, { secret: secret() })
    expect(result).toEqual({ ok: false, problem: 'refused', message: REFUSED })
    expect(wire.bytes['to-listener']).toBe(52)
    expect(wire.bytes['to-dialer']).toBe(0)
    expect(host.events).toContainEqual(
      expect.objectContaining({ kind: 'refused', why: 'no-candidate' }),
    )
    expect(host.peers).toEqual([])
  })

  it('refuses the right secret for another dossier (the prologue binds the dossier), without a byte', async () => {
    const key = secret()
    const host = await listenerWith([inviteCandidate(key)])
    const wire = await proxy(host.address)
    expect(await dialAs(wire.address, { secret: key, dossierId: OTHER_DOSSIER })).toMatchObject({
      ok: false,
      problem: 'refused',
    })
    expect(wire.bytes['to-dialer']).toBe(0)
  })

  it('refuses an invite secret offered as a member link (each purpose derives its own key)', async () => {
    const key = secret()
    const host = await listenerWith([inviteCandidate(key)])
    expect(await dialAs(host.address, { secret: key, purpose: 'member' })).toMatchObject({
      ok: false,
      message: 'refused: this device is not, or no longer, a member of the session there',
    })
  })

  it('refuses an invite once it is revoked or expired (no longer a candidate), without a byte', async () => {
    const key = secret()
    const host = await listenerWith([inviteCandidate(key)])
    await openTransport(host.address, { secret: key })
    host.candidates = []
    const wire = await proxy(host.address)
    expect(await dialAs(wire.address, { secret: key })).toEqual({
      ok: false,
      problem: 'refused',
      message: REFUSED,
    })
    expect(wire.bytes['to-dialer']).toBe(0)
  })

  it('refuses to go on with a device that is not the inviter, before showing its own key', async () => {
    const key = secret()
    const host = await listenerWith([inviteCandidate(key)])
    const wire = await proxy(host.address)
    const result = await dialAs(wire.address, { secret: key, expectedPeer: joinerKey.publicKey })
    expect(result).toMatchObject({ ok: false, problem: 'wrong-peer' })
    // Only message 1 went out: message 3, which carries the joiner's key, was never sent.
    expect(wire.bytes['to-listener']).toBe(52)
    expect(host.peers).toEqual([])
  })

  it('turns away a pair-secret holder whose key the host does not know, saying why', async () => {
    const session = secret()
    const members = new Set<string>()
    const host = await listenerWith(
      [
        {
          dossierId: DOSSIER,
          secret: session,
          grant: { kind: 'member', key: joinerKey.publicKey },
        },
      ],
      {
        admit: (peer) =>
          members.has(peer.remoteKey)
            ? { admit: true }
            : { admit: false, code: 4403, reason: 'this device is not a member of the dossier' },
      },
    )
    expect(await dialAs(host.address, { secret: session, purpose: 'member' })).toEqual({
      ok: false,
      problem: 'not-admitted',
      code: 4403,
      message: 'refused: this device is not a member of the dossier',
    })
    members.add(joinerKey.publicKey)
    expect(await dialAs(host.address, { secret: session, purpose: 'member' })).toMatchObject({
      ok: true,
    })
  })

  it('costs only that connection when a host callback throws', async () => {
    const key = secret()
    let calls = 0
    const host = await listenerWith([inviteCandidate(key)], {
      onPeer: () => {
        calls += 1
        if (calls === 1) throw new Error('host bug')
      },
    })
    const first = await openTransport(host.address, { secret: key })
    const closes: number[] = []
    first.transport.onClose(({ code }) => closes.push(code))
    await eventually(() => expect(closes).toEqual([1011]))
    await openTransport(host.address, { secret: key })
    expect(calls).toBe(2)
  })

  it('says in words when nobody listens or nobody answers', async () => {
    const held: Socket[] = []
    const silent = createServer((socket) => void held.push(socket))
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', () => resolve()))
    const port = (silent.address() as AddressInfo).port
    onCleanup(() => {
      for (const socket of held) socket.destroy()
      return new Promise<void>((resolve) => silent.close(() => resolve()))
    })
    expect(
      await dialAs(
        { host: '127.0.0.1', port },
        { secret: secret(), limits: { handshakeTimeoutMs: 200 } },
      ),
    ).toEqual({
      ok: false,
      problem: 'timed-out',
      message: `timed out: 127.0.0.1:${port} did not answer in time`,
    })
    const refused = await refusedPort()
    expect(await dialAs({ host: '127.0.0.1', port: refused }, { secret: secret() })).toEqual({
      ok: false,
      problem: 'unreachable',
      message: `unreachable: 127.0.0.1:${refused} (ECONNREFUSED)`,
    })
  })
})

describe('what the handshake is made of', () => {
  const keyPair = noiseKeyPair(inviterKey)
  const other = noiseKeyPair(joinerKey)
  const run = (
    pattern: 'XX' | 'XXpsk0',
    initiatorPsk: Uint8Array,
    responderPsk: Uint8Array,
  ): boolean => {
    const initiator = new NoiseState(pattern, true, other, { curve, psk: initiatorPsk })
    const responder = new NoiseState(pattern, false, keyPair, { curve, psk: responderPsk })
    initiator.initialise(prologueFor(DOSSIER))
    responder.initialise(prologueFor(DOSSIER))
    try {
      responder.recv(initiator.send())
      initiator.recv(responder.send())
      responder.recv(initiator.send())
      return responder.complete
    } catch {
      return false
    }
  }

  it('uses a pattern that checks the PSK: plain XX would take any', () => {
    const [a, b] = [derivePsk(secret(), 'invite'), derivePsk(secret(), 'invite')]
    expect(run('XX', a, b)).toBe(true)
    expect(NOISE_PATTERN).toBe('XXpsk0')
    expect(run(NOISE_PATTERN, a, b)).toBe(false)
    expect(run(NOISE_PATTERN, a, a)).toBe(true)
  })

  it('turns a @noble seed into the libsodium key pair with the same public key', () => {
    expect(Buffer.from(keyPair.publicKey).toString('hex')).toBe(inviterKey.publicKey)
    expect(keyPair.secretKey).toHaveLength(64)
    expect(Buffer.from(keyPair.secretKey).toString('hex')).toBe(
      inviterKey.secretKey + inviterKey.publicKey,
    )
    expect(() => noiseKeyPair({ ...inviterKey, publicKey: joinerKey.publicKey })).toThrow(/damaged/)
  })
})
