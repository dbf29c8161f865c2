import type * as Y from 'yjs'
import type { Signer } from '../identity'
import { DossierInputError } from './dossier-errors'
import type { DossierIndex } from './dossier-index'
import { append } from './layout'
import type { LocalAction, LocalActionListener } from './local-action'
import { signAuthor } from './verify'
import type { ClaimView } from './views'

/**
 * How `DossierWriter`'s changes reach the doc: each in a transaction under the writer's origin
 * (or, for an undo history's compensating writes, an origin of their own), declaring the author's
 * name when it changed, and told to an undo history as one action.
 */
export class WriteTransactions {
  private writing = 0
  /**
   * The origin of every transaction this writer makes, and of nothing else: an undo history
   * tracks these (remote updates, IndexedDB and imports have origins of their own).
   */
  readonly origin: object = { writer: 'dossier' }
  /** The origin of an undo history's compensating writes, which it must not track as actions. */
  readonly compensationOrigin: object = { writer: 'dossier-undo' }
  private compensating = false
  private actionListener: LocalActionListener | null = null

  constructor(
    protected readonly doc: Y.Doc,
    protected readonly index: DossierIndex,
    protected readonly now: () => string,
  ) {}

  /** Tells `listener` (an undo history) of each action this writer makes; null stops. */
  setActionListener(listener: LocalActionListener | null): void {
    this.actionListener = listener
  }

  /**
   * Runs an undo history's compensating write: under its own origin, so that no undo manager
   * tracks it, and told to no action listener.
   */
  asCompensation<T>(write: () => T): T {
    const before = this.compensating
    this.compensating = true
    try {
      return write()
    } finally {
      this.compensating = before
    }
  }

  protected currentOrigin(): object {
    return this.compensating ? this.compensationOrigin : this.origin
  }

  protected record(action: LocalAction): void {
    if (!this.compensating) this.actionListener?.(action)
  }

  protected requireClaim(id: string): ClaimView {
    // Settled: a head whose signature check is still pending must be superseded too.
    const claim = this.index.settledClaim(id)
    if (claim === undefined) throw new DossierInputError(`no claim ${id} in this dossier`)
    return claim
  }

  /** Every write also declares the author's current display name, signed, if it changed. */
  protected write(author: Signer, change: () => void): void {
    this.doc.transact(() => {
      this.writing += 1
      try {
        if (this.writing === 1 && this.index.authorName(author.publicKey) !== author.name) {
          const declaration = signAuthor(
            { key: author.publicKey, name: author.name, at: this.now() },
            author,
          )
          append(this.index.layout.authors, [declaration])
        }
        change()
      } finally {
        this.writing -= 1
      }
    }, this.currentOrigin())
  }
}
