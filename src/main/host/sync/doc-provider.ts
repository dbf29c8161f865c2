import type * as Y from 'yjs'

/** One open dossier, lent to the hub until it calls `release`. */
export interface DocLease {
  /** The authoritative document. The hub applies replicas' updates to it, origin-tagged. */
  readonly doc: Y.Doc
  /**
   * The hub is done with the document (its last connection left). Called once. What the
   * document holds is saved; a later `acquire` of the dossier waits for that and sees it.
   */
  release(): void
  /**
   * A flush: resolves once `update`, and every update applied to the document before it, is
   * durable; rejects when they cannot be made so (full disk, read-only folder), losing nothing
   * (a later call that succeeds has saved them too). The hub calls it right after applying
   * `update` (the change Yjs reported, not the bytes as received), in the order updates were
   * applied, and counts an update as acknowledged only once it resolves. Providers persist from
   * their own `doc.on('update')` listener, so this waits for those writes. Without it, updates
   * are acknowledged when applied (a provider that keeps nothing).
   */
  persisted?(update: Uint8Array): Promise<void>
}

/**
 * Where the hub gets documents: the durable library implements it; tests use an in-memory one.
 * Both are held to one contract: test/host/sync/doc-provider-contract.ts.
 * `acquire` may be called again for a dossier while an earlier lease of it is still held or being
 * released (leases are counted, not exclusive); leases held at once share one document. An unknown dossier rejects with an error whose
 * `code` is 'not-found' (UnknownDossierError); any other rejection is reported as an internal error.
 */
export interface DocProvider {
  acquire(dossierId: string): Promise<DocLease>
}

export class UnknownDossierError extends Error {
  readonly code = 'not-found'
  constructor(dossierId: string) {
    super(`no dossier ${dossierId}`)
    this.name = 'UnknownDossierError'
  }
}

export const isUnknownDossier = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'not-found'
