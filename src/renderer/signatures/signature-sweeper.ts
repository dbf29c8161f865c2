import type { Dossier, SweepProgress } from '../../shared/dossier'
import { pageSignatureCheck } from './native-check'

/** Where a dossier's signature check stands, as the page shows it. */
export interface SignatureSweepState extends SweepProgress {
  /** The heads (what statuses rest on) are checked first, then the rest of the history. */
  readonly phase: 'heads' | 'history' | 'done'
}

/** Checks in flight at once: enough to keep every verify worker busy. */
const CONCURRENCY = 256

/**
 * Checks every signature of a dossier once it is open, without holding up the page: the heads of
 * each claim's log first (`headsChecked` resolves then: the claim list can be painted without
 * checking anything on the page's thread), then the rest of its history. Progress goes to
 * `onProgress`; `stop` ends it (the dossier was closed).
 */
export class SignatureSweeper {
  private readonly controller = new AbortController()
  private history: Promise<void> = Promise.resolve()
  readonly headsChecked: Promise<void>
  readonly finished: Promise<void>

  constructor(dossier: Dossier, onProgress: (state: SignatureSweepState) => void) {
    const { heads, rest } = dossier.decisionsToVerify()
    const total = heads.length + rest.length
    const signal = this.controller.signal
    const report =
      (phase: SignatureSweepState['phase'], done: SweepProgress | null) =>
      (progress: SweepProgress): void =>
        onProgress({
          phase,
          total,
          checked: (done?.checked ?? 0) + progress.checked,
          tampered: (done?.tampered ?? 0) + progress.tampered,
          unsigned: (done?.unsigned ?? 0) + progress.unsigned,
        })
    this.headsChecked = pageSignatureCheck().then(async (check) => {
      const first = await dossier.checkSignatures(heads, {
        check,
        concurrency: CONCURRENCY,
        signal,
        onProgress: report('heads', null),
      })
      this.history = dossier
        .checkSignatures(rest, {
          check,
          concurrency: CONCURRENCY,
          signal,
          onProgress: report('history', first),
        })
        .then((after) => {
          if (!signal.aborted) report('done', first)(after)
        })
    })
    this.finished = this.headsChecked.then(() => this.history)
  }

  stop(): void {
    this.controller.abort()
  }
}
