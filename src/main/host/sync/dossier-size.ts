import * as Y from 'yjs'
import { UpdateFeed } from '../../../shared/protocol'

/** Yjs encodes an update with no structs and no deletions as these two bytes. */
const isEmptyUpdate = (update: Uint8Array): boolean =>
  update.length === 2 && update[0] === 0 && update[1] === 0

/**
 * Keeps a dossier's state below a size, so that it always fits the sync step 2 a fresh replica
 * loads it with. Measuring the state is O(dossier), so it is measured only when the last measure
 * plus everything applied since (an upper bound: an update never grows the state by more than its
 * own size, give or take its header) would pass the limit.
 */
export class DossierSize {
  private measured: number | null = null
  private grown = 0
  private readonly stopFeed: () => void

  constructor(
    private readonly doc: Y.Doc,
    readonly limit: number,
  ) {
    this.stopFeed = UpdateFeed.of(doc).subscribe(this.onUpdate)
  }

  /** Whether an update of this size may be applied without taking the dossier past the limit. */
  admits(update: Uint8Array): boolean {
    if (isEmptyUpdate(update)) return true
    if (this.measured !== null && this.measured + this.grown + update.length <= this.limit) {
      return true
    }
    if (this.measured === null || this.grown > 0) {
      this.measured = Y.encodeStateAsUpdate(this.doc).length
      this.grown = 0
    }
    return this.measured + update.length <= this.limit
  }

  detach(): void {
    this.stopFeed()
  }

  private readonly onUpdate = (update: Uint8Array): void => {
    this.grown += update.length
  }
}
