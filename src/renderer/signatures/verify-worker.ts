/// <reference lib="webworker" />
import { hexToBytes } from '@noble/hashes/utils.js'
import type { VerifyReply, VerifyRequest } from './worker-messages'

/**
 * A signature checker off the page's thread: WebCrypto's Ed25519 on each (key, message,
 * signature) it is sent, answered in one message per batch. Several run at once (worker-check.ts),
 * so a dossier's whole history is checked on every core the machine offers.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope
const keys = new Map<string, Promise<CryptoKey | null>>()

const keyOf = (publicKey: string): Promise<CryptoKey | null> => {
  let key = keys.get(publicKey)
  if (key === undefined) {
    key = crypto.subtle
      .importKey('raw', hexToBytes(publicKey), { name: 'Ed25519' }, false, ['verify'])
      .catch(() => null)
    if (keys.size > 10_000) keys.clear()
    keys.set(publicKey, key)
  }
  return key
}

const verifyOne = async (item: VerifyRequest['items'][number]): Promise<boolean> => {
  if (!/^[0-9a-f]{64}$/.test(item.key) || !/^[0-9a-f]{128}$/.test(item.signature)) return false
  const key = await keyOf(item.key)
  if (key === null) return false
  return crypto.subtle
    .verify({ name: 'Ed25519' }, key, hexToBytes(item.signature), new Uint8Array(item.message))
    .catch(() => false)
}

scope.onmessage = async (event: MessageEvent<VerifyRequest>) => {
  const { id, items } = event.data
  const reply: VerifyReply = { id, results: await Promise.all(items.map(verifyOne)) }
  scope.postMessage(reply)
}
