import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  epochKey,
  openEnvelope,
  sealEnvelope,
  sealedRoomName,
} from '../../../src/main/host/relay/sealed-envelope'
import { createDeviceKey } from '../../../src/shared/identity'

const session = new Uint8Array(randomBytes(32))
const deviceKey = createDeviceKey('Ana')
const key = epochKey(session, 0)
const sealer = { dossierId: 'm_sealed000001', epoch: 0, key, deviceKey }
const update = new TextEncoder().encode('a Yjs update, as far as the envelope cares')
const keyOf = (epoch: number) => (epoch === 0 ? [key] : [])

describe('a sealed envelope', () => {
  it('opens to what was sealed, with its author and counter, and does not show it', () => {
    const envelope = sealEnvelope(sealer, 7, update)
    expect(Buffer.from(envelope).includes(Buffer.from(update))).toBe(false)
    expect(openEnvelope(envelope, sealer.dossierId, keyOf)).toEqual({
      ok: true,
      envelope: { epoch: 0, author: deviceKey.publicKey, counter: 7, update },
    })
  })

  it('is refused, with why, for another dossier, another key, a change of a byte, or a stranger', () => {
    const envelope = sealEnvelope(sealer, 1, update)
    expect(openEnvelope(envelope, 'm_other0000001', keyOf)).toMatchObject({
      ok: false,
      reason: 'its signature does not verify',
    })
    expect(
      openEnvelope(envelope, sealer.dossierId, () => [epochKey(new Uint8Array(32), 0)]),
    ).toMatchObject({
      ok: false,
      reason: 'it does not decrypt',
    })
    expect(openEnvelope(envelope, sealer.dossierId, () => [])).toMatchObject({
      ok: false,
      reason: 'no key for epoch 0',
    })
    for (let at = 0; at < envelope.length; at += 13) {
      const altered = envelope.slice()
      altered[at]! ^= 0x40
      expect(openEnvelope(altered, sealer.dossierId, keyOf).ok).toBe(false)
    }
    expect(openEnvelope(envelope.subarray(0, 100), sealer.dossierId, keyOf)).toMatchObject({
      ok: false,
      reason: 'not an envelope',
    })
    expect(openEnvelope('text', sealer.dossierId, keyOf)).toMatchObject({ ok: false })
  })

  it('keys each epoch apart, and names the room without the dossier id', () => {
    expect(epochKey(session, 1)).not.toEqual(epochKey(session, 0))
    expect(sealedRoomName(session)).toMatch(/^vd-[0-9a-f]{32}$/)
    expect(sealedRoomName(new Uint8Array(randomBytes(32)))).not.toBe(sealedRoomName(session))
  })
})
