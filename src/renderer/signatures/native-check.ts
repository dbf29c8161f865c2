import { bytesToHex } from '@noble/hashes/utils.js'
import type { AsyncSignatureCheck } from '../../shared/dossier'
import { webCryptoCheck } from './webcrypto-check'
import { workerCheck } from './worker-check'

/** Verify workers: one a core, at least two, at most four (beyond that they only wait). */
const poolSize = (): number =>
  Math.min(4, Math.max(2, globalThis.navigator?.hardwareConcurrency ?? 2))

const PROBE = new TextEncoder().encode('verification-desk signature probe')

/**
 * The fastest honest signature check this page has: WebCrypto in verify workers (every core,
 * nothing on the page's thread), else WebCrypto on the page, else none (pure JS). The workers
 * must first prove they answer: a signature made here must come back "yes".
 */
const choose = async (makeWorker: (() => Worker) | null): Promise<AsyncSignatureCheck | null> => {
  const onPage = await webCryptoCheck()
  if (onPage === null || makeWorker === null || typeof Worker === 'undefined') return onPage
  try {
    const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, [
      'sign',
      'verify',
    ])) as CryptoKeyPair
    const key = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey))
    const signature = new Uint8Array(
      await crypto.subtle.sign({ name: 'Ed25519' }, pair.privateKey, PROBE),
    )
    const pool = workerCheck(makeWorker, poolSize())
    const answer = await Promise.race([
      pool.check(bytesToHex(key), PROBE, bytesToHex(signature)),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), 5000)),
    ])
    if (answer) return pool.check
    pool.close()
  } catch {
    // Workers refused (a policy, a missing file): the page's own thread checks instead.
  }
  return onPage
}

let chosen: Promise<AsyncSignatureCheck | null> | null = null

/** The page's signature check, chosen once. `makeWorker` (tests, the bench) overrides the app's worker. */
export const pageSignatureCheck = (
  makeWorker: (() => Worker) | null = () =>
    new Worker(new URL('./verify-worker.ts', import.meta.url), { type: 'module' }),
): Promise<AsyncSignatureCheck | null> => (chosen ??= choose(makeWorker))
