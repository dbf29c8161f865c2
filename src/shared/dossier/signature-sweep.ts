import type { Decision } from './schema'
import { payloadOf, verifyDecision } from './verify'
import type { Verification } from './verify'
import type { DecisionVerifier } from './verified-status'

/**
 * A platform's own Ed25519 (WebCrypto in Chromium and Electron, node:crypto in the host), an
 * order of magnitude faster than the pure-JS check. As with the fast check, only its yes is
 * taken: a no is confirmed by the check every replica runs, so all replicas agree.
 */
export type AsyncSignatureCheck = (
  publicKey: string,
  message: Uint8Array,
  signature: string,
) => Promise<boolean>

export interface SweepProgress {
  readonly checked: number
  readonly total: number
  /** Signatures that do not match their entry (changed after signing, or forged). */
  readonly tampered: number
  readonly unsigned: number
}

export interface SweepOptions {
  readonly check?: AsyncSignatureCheck | null
  readonly onProgress?: (progress: SweepProgress) => void
  readonly signal?: AbortSignal
  /** Native checks in flight at once. */
  readonly concurrency?: number
  /** The longest stretch of work on the thread before it yields to the page (or the host). */
  readonly sliceMs?: number
}

const DEFAULT_CONCURRENCY = 64
const DEFAULT_SLICE_MS = 12

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

/**
 * Checks the signature of every decision given (heads of each claim's log first, so the statuses
 * can be shown soonest: `DossierView.decisionsToVerify`), off the critical path: in slices that
 * yield to the event loop, with the platform's native check when there is one, recording each
 * result where the views look first (`verifier`, the dossier's: `DossierView.checkSignatures`),
 * so nothing is checked twice. Stops early, with what it did, when `signal` aborts.
 */
export const sweepSignatures = async (
  decisions: readonly Decision[],
  verifier: Pick<DecisionVerifier, 'lookup' | 'record'>,
  options: SweepOptions = {},
): Promise<SweepProgress> => {
  const counts = { checked: 0, total: decisions.length, tampered: 0, unsigned: 0 }
  const count = (result: Verification): void => {
    counts.checked++
    if (result === 'tampered') counts.tampered++
    if (result === 'unsigned') counts.unsigned++
  }
  const check = options.check ?? null
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS
  const window: Decision[] = []
  let sliceStart = performance.now()

  const settleWindow = async (): Promise<void> => {
    const batch = window.splice(0)
    const answers = await Promise.all(
      batch.map((decision) =>
        check!(decision.author, payloadOf(decision), decision.sig!).catch(() => false),
      ),
    )
    batch.forEach((decision, index) => {
      const result: Verification = answers[index] ? 'signed' : verifyDecision(decision)
      verifier.record(decision, result)
      count(result)
    })
  }

  for (const decision of decisions) {
    if (options.signal?.aborted) break
    const known = verifier.lookup(decision)
    if (known !== undefined) count(known)
    else if (check !== null) {
      window.push(decision)
      if (window.length >= (options.concurrency ?? DEFAULT_CONCURRENCY)) await settleWindow()
    } else {
      const result = verifyDecision(decision)
      verifier.record(decision, result)
      count(result)
    }
    if (performance.now() - sliceStart >= sliceMs) {
      options.onProgress?.({ ...counts })
      await yieldToEventLoop()
      sliceStart = performance.now()
    }
  }
  if (window.length > 0 && !options.signal?.aborted) await settleWindow()
  options.onProgress?.({ ...counts })
  return { ...counts }
}
