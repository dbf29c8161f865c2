import type { Decision } from './schema'
import { verifyDecision } from './verify'
import type { Verification } from './verify'

/**
 * Signature checks, cached per entry object: Ed25519 verification is too slow to repeat per
 * render, and the index hands out the same parsed object for as long as the entry is unchanged.
 */
export class SignatureCache {
  private readonly checked = new WeakMap<Decision, Verification>()

  verification(decision: Decision): Verification {
    let result = this.checked.get(decision)
    if (result === undefined) {
      result = verifyDecision(decision)
      this.checked.set(decision, result)
    }
    return result
  }
}
