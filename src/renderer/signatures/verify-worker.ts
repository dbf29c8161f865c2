/// <reference lib="webworker" />
import { webCryptoVerifier } from './ed25519-verify'
import type { VerifyReply, VerifyRequest } from './worker-messages'

/**
 * A signature checker off the page's thread: WebCrypto's Ed25519 on each (key, message,
 * signature) it is sent, answered in one message per batch. Several run at once (worker-check.ts),
 * so a dossier's whole history is checked on every core the machine offers.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope
const verify = webCryptoVerifier(crypto.subtle)

scope.onmessage = async (event: MessageEvent<VerifyRequest>) => {
  const { id, items } = event.data
  const results = await Promise.all(
    items.map((item) => verify(item.key, item.message, item.signature)),
  )
  const reply: VerifyReply = { id, results }
  scope.postMessage(reply)
}
