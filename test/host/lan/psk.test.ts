import { blake2b } from '@noble/hashes/blake2.js'
import { describe, expect, it } from 'vitest'
import { derivePsk } from '../../../src/main/host/lan/psk'

describe('PSK derivation', () => {
  const secret = Uint8Array.from({ length: 32 }, (_, i) => i)

  it('is keyed BLAKE2b-256 of a purpose label, never the secret itself', () => {
    const invite = derivePsk(secret, 'invite')
    const expected = blake2b(new TextEncoder().encode('verification-desk lan v1 invite psk'), {
      key: secret,
      dkLen: 32,
    })
    expect(invite).toEqual(expected)
    expect(invite).not.toEqual(secret)
  })

  it('gives an invite and a member link different keys from one secret', () => {
    expect(derivePsk(secret, 'invite')).not.toEqual(derivePsk(secret, 'member'))
    expect(derivePsk(secret, 'member')).toEqual(derivePsk(secret.slice(), 'member'))
  })

  it('refuses a secret that is not 32 bytes', () => {
    expect(() => derivePsk(new Uint8Array(16), 'invite')).toThrow(/32 bytes/)
  })
})
