// The parts of the LAN crypto packages this folder uses; none of them ships type declarations.

declare module 'noise-handshake' {
  export interface NoiseKeyPair {
    readonly publicKey: Uint8Array
    readonly secretKey: Uint8Array
  }
  export interface NoiseCurve {
    readonly PKLEN: number
    readonly SKLEN: number
    readonly ALG: string
    generateKeyPair(secretKey?: Uint8Array): NoiseKeyPair
    dh(publicKey: Uint8Array, keyPair: NoiseKeyPair): Uint8Array
  }
  export default class NoiseState {
    constructor(
      pattern: 'XXpsk0' | 'XX',
      initiator: boolean,
      staticKeyPair: NoiseKeyPair,
      options?: { readonly curve?: NoiseCurve; readonly psk?: Uint8Array },
    )
    initialise(prologue: Uint8Array, remoteStatic?: Uint8Array): void
    send(payload?: Uint8Array): Uint8Array
    recv(message: Uint8Array): Uint8Array
    readonly complete: boolean
    readonly tx: Uint8Array | null
    readonly rx: Uint8Array | null
    readonly rs: Uint8Array | null
    readonly hash: Uint8Array | null
  }
}

declare module 'noise-curve-ed' {
  import type { NoiseCurve } from 'noise-handshake'
  const curve: NoiseCurve
  export default curve
}

declare module 'sodium-universal' {
  const sodium: {
    readonly crypto_generichash_BYTES: number
    crypto_generichash(out: Uint8Array, input: Uint8Array, key?: Uint8Array): void
    crypto_sign_seed_keypair(publicKey: Uint8Array, secretKey: Uint8Array, seed: Uint8Array): void
    crypto_sign_ed25519_pk_to_curve25519(curvePublicKey: Uint8Array, edPublicKey: Uint8Array): void
    crypto_sign_ed25519_sk_to_curve25519(curveSecretKey: Uint8Array, edSecretKey: Uint8Array): void
    crypto_scalarmult(shared: Uint8Array, secretKey: Uint8Array, publicKey: Uint8Array): void
    readonly crypto_aead_xchacha20poly1305_ietf_NPUBBYTES: number
    readonly crypto_aead_xchacha20poly1305_ietf_ABYTES: number
    crypto_aead_xchacha20poly1305_ietf_encrypt(
      ciphertext: Uint8Array,
      message: Uint8Array,
      additionalData: Uint8Array | null,
      secretNonce: null,
      nonce: Uint8Array,
      key: Uint8Array,
    ): number
    crypto_aead_xchacha20poly1305_ietf_decrypt(
      message: Uint8Array,
      secretNonce: null,
      ciphertext: Uint8Array,
      additionalData: Uint8Array | null,
      nonce: Uint8Array,
      key: Uint8Array,
    ): number
    crypto_sign_detached(signature: Uint8Array, message: Uint8Array, secretKey: Uint8Array): void
    crypto_sign_verify_detached(
      signature: Uint8Array,
      message: Uint8Array,
      publicKey: Uint8Array,
    ): boolean
    randombytes_buf(buffer: Uint8Array): void
    readonly crypto_box_SEALBYTES: number
    crypto_box_seal(ciphertext: Uint8Array, message: Uint8Array, publicKey: Uint8Array): void
    crypto_box_seal_open(
      message: Uint8Array,
      ciphertext: Uint8Array,
      publicKey: Uint8Array,
      secretKey: Uint8Array,
    ): boolean
    readonly crypto_sign_SECRETKEYBYTES: number
    readonly crypto_secretstream_xchacha20poly1305_STATEBYTES: number
    readonly crypto_secretstream_xchacha20poly1305_HEADERBYTES: number
    readonly crypto_secretstream_xchacha20poly1305_KEYBYTES: number
    readonly crypto_secretstream_xchacha20poly1305_ABYTES: number
    readonly crypto_secretstream_xchacha20poly1305_TAG_MESSAGE: number
    readonly crypto_secretstream_xchacha20poly1305_TAG_PUSH: number
    readonly crypto_secretstream_xchacha20poly1305_TAG_REKEY: number
    readonly crypto_secretstream_xchacha20poly1305_TAG_FINAL: number
    crypto_secretstream_xchacha20poly1305_init_push(
      state: Uint8Array,
      header: Uint8Array,
      key: Uint8Array,
    ): void
    crypto_secretstream_xchacha20poly1305_init_pull(
      state: Uint8Array,
      header: Uint8Array,
      key: Uint8Array,
    ): void
    /** Returns the ciphertext's length. */
    crypto_secretstream_xchacha20poly1305_push(
      state: Uint8Array,
      ciphertext: Uint8Array,
      message: Uint8Array,
      additionalData: Uint8Array | null,
      tag: number,
    ): number
    /** Returns the message's length; throws when the ciphertext does not authenticate. */
    crypto_secretstream_xchacha20poly1305_pull(
      state: Uint8Array,
      message: Uint8Array,
      tag: Uint8Array,
      ciphertext: Uint8Array,
      additionalData: Uint8Array | null,
    ): number
  }
  export default sodium
}
