import * as Y from 'yjs'

export type FeedListener = (update: Uint8Array, origin: unknown, transaction: Y.Transaction) => void

const feeds = new WeakMap<Y.Doc, UpdateFeed>()

/** Whether a transaction changed anything: new structs or new deletions. */
const changed = (transaction: Y.Transaction): boolean => {
  if (transaction.deleteSet.clients.size > 0) return true
  for (const [client, clock] of transaction.afterState)
    if ((transaction.beforeState.get(client) ?? 0) !== clock) return true
  return false
}

/**
 * A document's changes as updates, like `doc.on('update')`, for everyone in the process who
 * forwards or stores them (the hub's room, the store's log, the size guard, a session): one
 * listener on the document stands for all of them.
 *
 * Why: for every transaction Yjs encodes an update again when anyone listens to 'update', even
 * when the transaction applied an update that arrived as bytes (a whole dossier, for a new
 * member: about a quarter of its sync). `applyReceived` hands those bytes themselves to the
 * listeners instead, and Yjs encodes nothing. They may say more than Yjs' own encoding would (a
 * part the document held already), never less, and a repeated change is a no-op in Yjs. What
 * observers change in reaction is a transaction of its own, encoded by Yjs as usual.
 */
export class UpdateFeed {
  private readonly listeners: FeedListener[] = []
  /** What `applyReceived` is applying, until its transaction is over. */
  private receiving: { readonly update: Uint8Array; readonly origin: unknown } | null = null
  private listening = false

  private constructor(private readonly doc: Y.Doc) {}

  /** The document's feed (one per document). */
  static of(doc: Y.Doc): UpdateFeed {
    let feed = feeds.get(doc)
    if (feed === undefined) {
      feed = new UpdateFeed(doc)
      feeds.set(doc, feed)
    }
    return feed
  }

  /** Hears every change from now on; returns what stops it. */
  subscribe(listener: FeedListener): () => void {
    this.listeners.push(listener)
    if (this.listeners.length === 1) {
      this.doc.on('afterTransactionCleanup', this.onCleanup)
      this.listen(true)
    }
    return () => {
      const index = this.listeners.indexOf(listener)
      if (index < 0) return
      this.listeners.splice(index, 1)
      if (this.listeners.length > 0) return
      this.doc.off('afterTransactionCleanup', this.onCleanup)
      this.listen(false)
    }
  }

  /**
   * `Y.applyUpdate(doc, update, origin)`, with `update` itself standing for the change. Inside
   * another transaction, or when the document holds changes waiting for others (which this one
   * may complete, so Yjs' encoding would carry them and `update` would not), Yjs encodes as usual.
   */
  applyReceived(update: Uint8Array, origin: unknown): void {
    const { store } = this.doc
    if (
      this.listeners.length === 0 ||
      this.doc._transaction !== null ||
      store.pendingStructs !== null ||
      store.pendingDs !== null
    ) {
      Y.applyUpdate(this.doc, update, origin)
      return
    }
    this.receiving = { update, origin }
    try {
      Y.applyUpdate(this.doc, update, origin)
    } finally {
      this.receiving = null
      this.listen(this.listeners.length > 0)
    }
  }

  private listen(on: boolean): void {
    if (on === this.listening) return
    this.listening = on
    if (on) this.doc.on('update', this.onUpdate)
    else this.doc.off('update', this.onUpdate)
  }

  private emit(update: Uint8Array, origin: unknown, transaction: Y.Transaction): void {
    for (const listener of [...this.listeners]) listener(update, origin, transaction)
  }

  /**
   * Runs just before Yjs decides, for this transaction, whether to encode it: for the received
   * one, the feed stops listening (so Yjs encodes nothing) and hands on the received bytes; for any
   * other (an observer's reaction), it listens again.
   */
  private readonly onCleanup = (transaction: Y.Transaction): void => {
    const receiving = this.receiving
    if (receiving !== null && !transaction.local && transaction.origin === receiving.origin) {
      this.receiving = null
      this.listen(false)
      if (changed(transaction)) this.emit(receiving.update, receiving.origin, transaction)
      return
    }
    this.listen(this.listeners.length > 0)
  }

  private readonly onUpdate = (
    update: Uint8Array,
    origin: unknown,
    _doc: Y.Doc,
    transaction: Y.Transaction,
  ): void => {
    this.emit(update, origin, transaction)
  }
}
