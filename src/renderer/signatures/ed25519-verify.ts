import { hexToBytes } from '@noble/hashes/utils.js'
import type { AsyncSignatureCheck } from '../../shared/dossier'

/**
 * WebCrypto's Ed25519 as a signature check: each author's key imported once (bounded), and
 * anything that is no key or signature, or that WebCrypto refuses, a "no" (the sweep then asks the
 * pure-JS check). The page (webcrypto-check.ts) and the verify workers (verify-worker.ts) share it.
 */
export const webCryptoVerifier = (subtle: SubtleCrypto): AsyncSignatureCheck => {
  const keys = new Map<string, Promise<CryptoKey | null>>()
  const keyOf = (publicKey: string): Promise<CryptoKey | null> => {
    let key = keys.get(publicKey)
    if (key === undefined) {
      key = subtle
        .importKey('raw', hexToBytes(publicKey), { name: 'Ed25519' }, false, ['verify'])
        .catch(() => null)
      if (keys.size > 10_000) keys.clear()
      keys.set(publicKey, key)
    }
    return key
  }
  return async (publicKey, message, signature) => {
    if (!/^[0-9a-f]{64}$/.test(publicKey) || !/^[0-9a-f]{128}$/.test(signature)) return false
    const key = await keyOf(publicKey)
    if (key === null) return false
    return subtle
      .verify({ name: 'Ed25519' }, key, hexToBytes(signature), new Uint8Array(message))
      .catch(() => false)
  }
}
