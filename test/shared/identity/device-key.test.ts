import { ed25519 } from '@noble/curves/ed25519.js'
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js'
import { describe, expect, it } from 'vitest'
import { createDeviceKey, signerFromKey, verifySignature } from '../../../src/shared/identity'

// RFC 8032, section 7.1, test 1 (the empty message).
const RFC_SECRET = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60'
const RFC_PUBLIC = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a'
const RFC_SIGNATURE =
  'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b'

describe('signatures with the smaller base-point table', () => {
  it('signs and checks exactly as RFC 8032 says', () => {
    expect(bytesToHex(ed25519.getPublicKey(hexToBytes(RFC_SECRET)))).toBe(RFC_PUBLIC)
    expect(bytesToHex(ed25519.sign(new Uint8Array(), hexToBytes(RFC_SECRET)))).toBe(RFC_SIGNATURE)
    expect(verifySignature(RFC_PUBLIC, new Uint8Array(), RFC_SIGNATURE)).toBe(true)
    expect(verifySignature(RFC_PUBLIC, utf8ToBytes('x'), RFC_SIGNATURE)).toBe(false)
  })

  it('accepts each key’s own signatures and refuses altered ones, for many keys', () => {
    const message = utf8ToBytes('{"claim":"c_1","status":"confirmed"}')
    const signers = Array.from({ length: 8 }, (_, at) =>
      signerFromKey(createDeviceKey(`Editor ${at}`)),
    )
    for (const [at, signer] of signers.entries()) {
      const signature = signer.sign(message)
      expect(verifySignature(signer.publicKey, message, signature)).toBe(true)
      const other = signers[(at + 1) % signers.length]!
      expect(verifySignature(other.publicKey, message, signature)).toBe(false)
      const altered = (signature[0] === '0' ? '1' : '0') + signature.slice(1)
      expect(verifySignature(signer.publicKey, message, altered)).toBe(false)
    }
  })
})
