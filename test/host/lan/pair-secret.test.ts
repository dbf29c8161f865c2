import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createDeviceKey } from '../../../src/shared/identity'
import { pairSecret } from '../../../src/main/host/lan'

describe('the pair secret two members share', () => {
  const session = new Uint8Array(randomBytes(32))
  const ana = createDeviceKey('Ana')
  const ben = createDeviceKey('Ben')
  const cleo = createDeviceKey('Cleo')

  it('is the same computed by either side, and is not the session secret', () => {
    const atAna = pairSecret(session, ana, ben.publicKey)
    expect(atAna).toHaveLength(32)
    expect(atAna).toEqual(pairSecret(session, ben, ana.publicKey))
    expect(atAna).not.toEqual(session)
  })

  it('differs for every pair, so a third member cannot make another pair’s secret', () => {
    const anaBen = pairSecret(session, ana, ben.publicKey)
    // Everything Cleo can compute with the session secret and her own key.
    const cleos = [ana, ben].map((other) => pairSecret(session, cleo, other.publicKey))
    for (const secret of cleos) expect(secret).not.toEqual(anaBen)
    expect(pairSecret(session, cleo, ana.publicKey)).not.toEqual(
      pairSecret(session, cleo, ben.publicKey),
    )
  })

  it('depends on the session secret: the same two devices in another dossier have another', () => {
    const other = new Uint8Array(randomBytes(32))
    expect(pairSecret(other, ana, ben.publicKey)).not.toEqual(
      pairSecret(session, ana, ben.publicKey),
    )
  })

  it('is null for a key that is not a usable Ed25519 public key, or for oneself', () => {
    expect(pairSecret(session, ana, '00'.repeat(32))).toBeNull()
    // A small-order point: it would agree on zeroes with everyone.
    expect(pairSecret(session, ana, `01${'00'.repeat(31)}`)).toBeNull()
    expect(pairSecret(session, ana, 'zz')).toBeNull()
    expect(pairSecret(session, ana, ana.publicKey)).toBeNull()
  })

  it('refuses a session secret that is not 32 bytes', () => {
    expect(() => pairSecret(new Uint8Array(16), ana, ben.publicKey)).toThrow(/32 bytes/)
  })
})
