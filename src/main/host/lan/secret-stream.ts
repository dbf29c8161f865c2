import sodium from 'sodium-universal'

const STATE_BYTES = sodium.crypto_secretstream_xchacha20poly1305_STATEBYTES
export const HEADER_BYTES = sodium.crypto_secretstream_xchacha20poly1305_HEADERBYTES
export const SEAL_OVERHEAD = sodium.crypto_secretstream_xchacha20poly1305_ABYTES

/**
 * What a sealed message is: data, the receiver's go-ahead (the responder's first message once it
 * admitted the peer), a keep-alive on an idle link, or the last message of the stream, carrying
 * the close code and reason. A keep-alive is secretstream's REKEY tag: both sides derive a fresh
 * key after it (libsodium does so on push and on pull), so an idle link also rolls its key.
 */
export type SealTag = 'message' | 'welcome' | 'keepalive' | 'final'

const TAG_VALUES: Record<SealTag, number> = {
  message: sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE,
  welcome: sodium.crypto_secretstream_xchacha20poly1305_TAG_PUSH,
  keepalive: sodium.crypto_secretstream_xchacha20poly1305_TAG_REKEY,
  final: sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL,
}

const SEAL_TAGS: readonly SealTag[] = ['message', 'welcome', 'keepalive', 'final']

const tagOf = (value: number | undefined): SealTag | null =>
  SEAL_TAGS.find((tag) => TAG_VALUES[tag] === value) ?? null

/**
 * One direction of libsodium's secretstream (XChaCha20-Poly1305), keyed by the Noise split key of
 * that direction. Each message's nonce follows from the ones before, so a replayed, reordered,
 * dropped or altered message fails to open, and everything after it does too.
 */
export class SecretStreamSender {
  private readonly state = new Uint8Array(STATE_BYTES)
  readonly header = new Uint8Array(HEADER_BYTES)

  constructor(key: Uint8Array) {
    sodium.crypto_secretstream_xchacha20poly1305_init_push(this.state, this.header, key)
  }

  seal(message: Uint8Array, tag: SealTag = 'message'): Uint8Array {
    const sealed = new Uint8Array(message.length + SEAL_OVERHEAD)
    sodium.crypto_secretstream_xchacha20poly1305_push(
      this.state,
      sealed,
      message,
      null,
      TAG_VALUES[tag],
    )
    return sealed
  }
}

export class SecretStreamReceiver {
  private readonly state = new Uint8Array(STATE_BYTES)
  private broken = false

  /** Throws when the header is not a header (the caller closes the connection). */
  constructor(header: Uint8Array, key: Uint8Array) {
    if (header.length !== HEADER_BYTES) throw new Error(`a stream header is ${HEADER_BYTES} bytes`)
    sodium.crypto_secretstream_xchacha20poly1305_init_pull(this.state, header, key)
  }

  /** The message and its tag, or null when it does not authenticate (and then never again). */
  open(sealed: Uint8Array): { readonly tag: SealTag; readonly message: Uint8Array } | null {
    if (this.broken || sealed.length < SEAL_OVERHEAD) return null
    const message = new Uint8Array(sealed.length - SEAL_OVERHEAD)
    const tag = new Uint8Array(1)
    try {
      sodium.crypto_secretstream_xchacha20poly1305_pull(this.state, message, tag, sealed, null)
    } catch {
      this.broken = true
      return null
    }
    const known = tagOf(tag[0])
    if (known === null) this.broken = true
    return known === null ? null : { tag: known, message }
  }
}
