import * as Y from 'yjs'
import { Awareness } from 'y-protocols/awareness'
import type { Presence } from '../../shared/protocol'
import { SessionLink } from '../../shared/session'
import type { BackoffOptions, LinkState } from '../../shared/session'
import type { Dialer } from '../../shared/transport'
import { openReplicaCache } from '../storage/replica-cache'
import type { ReplicaCache } from '../storage/replica-cache'

export interface DossierReplicaOptions {
  readonly dossierId: string
  readonly dialer: Dialer
  /** The IndexedDB database that keeps this device's copy; null keeps none. */
  readonly cacheName: string | null
  readonly backoff?: BackoffOptions
  readonly cacheTimeoutMs?: number
  readonly openTimeoutMs?: number
}

/** What the UI needs to know about a replica; a new object whenever any of it changes. */
export interface ReplicaStatus {
  readonly link: LinkState
  /** The replica holds the dossier, from this device's copy or from the host. */
  readonly hasCopy: boolean
  /** Why this device keeps no copy, when it keeps none. */
  readonly cacheProblem: string | null
}

const hasContent = (doc: Y.Doc): boolean => Y.encodeStateVector(doc).length > 1

/**
 * A dossier's replica in the renderer: a Y.Doc cached in IndexedDB and synced with the host.
 * `open` resolves once this device's copy is loaded, before the host has said anything, so a
 * dossier opened here before paints at once; the host's changes then arrive through the sync.
 * The connection comes back by itself after the host restarts, and resyncs both ways.
 */
export class DossierReplica {
  readonly doc = new Y.Doc()
  readonly awareness = new Awareness(this.doc)
  private readonly link: SessionLink
  private cache: ReplicaCache = { kind: 'none', problem: 'not loaded yet' }
  private current: ReplicaStatus
  private readonly listeners = new Set<() => void>()
  private closing: Promise<void> | null = null

  private constructor(readonly options: DossierReplicaOptions) {
    // Nobody is shown as present until the UI says who we are.
    this.awareness.setLocalState(null)
    this.link = new SessionLink({
      room: options.dossierId,
      dialer: options.dialer,
      doc: this.doc,
      awareness: this.awareness,
      ...(options.backoff === undefined ? {} : { backoff: options.backoff }),
      ...(options.openTimeoutMs === undefined ? {} : { openTimeoutMs: options.openTimeoutMs }),
    })
    this.current = this.describe()
    this.link.subscribe(() => this.refresh())
    this.doc.on('update', this.onUpdate)
  }

  static async open(options: DossierReplicaOptions): Promise<DossierReplica> {
    const replica = new DossierReplica(options)
    if (options.cacheName !== null) {
      performance.mark('vdesk:copy-loading')
      replica.cache = await openReplicaCache(options.cacheName, replica.doc, options.cacheTimeoutMs)
      // Where a first paint's time goes (docs/benchmarks.md, Renderer): the copy is loaded.
      performance.mark('vdesk:copy-loaded')
    } else {
      replica.cache = { kind: 'none', problem: 'no copy is kept on this device' }
    }
    replica.current = replica.describe()
    // Our step 1 then names everything the copy holds: the host sends only what is missing.
    replica.link.start()
    return replica
  }

  get dossierId(): string {
    return this.options.dossierId
  }

  get status(): ReplicaStatus {
    return this.current
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Who we are and which claim we have open, for the other editors of this dossier. */
  setPresence(presence: Presence | null): void {
    if (this.closing === null) this.link.session.setPresence(presence)
  }

  whenLive(): Promise<void> {
    return this.link.whenLive()
  }

  retryNow(): void {
    this.link.retryNow()
  }

  close(): Promise<void> {
    this.closing ??= this.shutDown()
    return this.closing
  }

  private async shutDown(): Promise<void> {
    this.doc.off('update', this.onUpdate)
    this.link.close()
    this.awareness.destroy()
    if (this.cache.kind === 'saved') await this.cache.persistence.destroy()
    this.doc.destroy()
    this.listeners.clear()
  }

  private readonly onUpdate = (): void => {
    if (!this.current.hasCopy && hasContent(this.doc)) this.refresh()
  }

  private refresh(): void {
    this.current = this.describe()
    for (const listener of [...this.listeners]) listener()
  }

  private describe(): ReplicaStatus {
    return {
      link: this.link.state,
      hasCopy: hasContent(this.doc),
      cacheProblem: this.cache.kind === 'none' ? this.cache.problem : null,
    }
  }
}
