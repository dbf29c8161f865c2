import * as Y from 'yjs'
import { Dossier } from '../../src/shared/dossier'
import type { Signer } from '../../src/shared/identity'
import { ingestStory } from '../../src/shared/ingest'
import { RpcError } from '../../src/shared/protocol'
import type { DossierSummaryWire } from '../../src/shared/protocol'
import { UnknownDossierError } from '../../src/main/host/sync'
import type { DocLease, DocProvider, RpcHandler } from '../../src/main/host/sync'

/** What a dossier has "on disk": updates saved, and those made since, waiting for a flush. */
interface Disk {
  readonly saved: Uint8Array[]
  readonly pending: Uint8Array[]
}

/**
 * A host library in memory, for tests of the renderer against a real SyncHub: its documents
 * outlive any hub (a "restarted host" is a new hub over the same library), and it answers the
 * library RPC (list, import, open) from the dossiers themselves.
 *
 * It saves as the real library does (test/host/sync/doc-provider-contract.ts holds both to the
 * same contract): every update of a document is queued as it happens, and `persisted` is a
 * flush, resolving once everything queued before it is saved. `failWrites` makes saving fail
 * (a full disk) without losing what is queued.
 */
export class MemoryLibrary implements DocProvider {
  readonly docs = new Map<string, Y.Doc>()
  private readonly changed = new Map<string, string>()
  private readonly disks = new Map<string, Disk>()
  private readonly unreadable = new Set<string>()
  /** The save a released lease started; the next lease of that dossier waits for it. */
  private readonly releasing = new Map<string, Promise<void>>()
  /** While set, every save fails as on a full disk; what was queued stays queued. */
  failWrites = false

  constructor(
    /** Who signs what `import` extracts: the host's own device key. */
    private readonly hostSigner: Signer,
    private readonly options: { readonly acquireDelayMs?: number } = {},
  ) {}

  add(dossier: Dossier): string {
    const { id } = dossier.meta()
    const disk: Disk = { saved: [Y.encodeStateAsUpdate(dossier.doc)], pending: [] }
    this.docs.set(id, dossier.doc)
    this.disks.set(id, disk)
    this.touch(id)
    dossier.doc.on('update', (update: Uint8Array) => {
      disk.pending.push(update)
      this.touch(id)
    })
    return id
  }

  /** From now on, opening `id` fails as a dossier whose files are damaged would. */
  damage(id: string): void {
    this.unreadable.add(id)
  }

  /** A new document holding what is saved of `id`, and nothing still waiting for a flush. */
  saved(id: string): Y.Doc {
    const doc = new Y.Doc()
    for (const update of this.disks.get(id)?.saved ?? []) Y.applyUpdate(doc, update)
    return doc
  }

  /** Saves what is queued for `id`, after a turn of the event loop as a disk would take. */
  async flush(id: string): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve))
    if (this.failWrites)
      throw new Error(
        `could not save dossier ${id}: the disk is full; free some space and try again`,
      )
    const disk = this.disks.get(id)
    if (disk !== undefined) disk.saved.push(...disk.pending.splice(0))
  }

  dossier(id: string): Dossier {
    const doc = this.docs.get(id)
    if (doc === undefined) throw new Error(`no dossier ${id}`)
    return Dossier.open(doc)
  }

  async acquire(dossierId: string): Promise<DocLease> {
    const delay = this.options.acquireDelayMs
    if (delay !== undefined) await new Promise((resolve) => setTimeout(resolve, delay))
    await this.releasing.get(dossierId)
    const doc = this.docs.get(dossierId)
    if (doc === undefined) throw new UnknownDossierError(dossierId)
    if (this.unreadable.has(dossierId))
      throw new Error(`dossier ${dossierId} cannot be opened: nothing readable is left`)
    return {
      doc,
      // Like closing a library handle: what is queued is saved (and stays queued if it cannot be).
      release: () => {
        this.releasing.set(
          dossierId,
          this.flush(dossierId).catch(() => undefined),
        )
      },
      persisted: () => this.flush(dossierId),
    }
  }

  summary(id: string): DossierSummaryWire {
    const dossier = this.dossier(id)
    const meta = dossier.meta()
    return {
      id,
      title: meta.title,
      story: meta.story,
      claims: dossier.activeClaims().length,
      counts: dossier.counts(),
      updated: this.changed.get(id) ?? meta.created,
    }
  }

  readonly rpc: RpcHandler = {
    list: () => ({ dossiers: [...this.docs.keys()].map((id) => this.summary(id)), problems: [] }),
    open: ({ id }) => {
      if (!this.docs.has(id)) throw new RpcError('not-found', `no dossier ${id}`)
      const meta = this.dossier(id).meta()
      return {
        dossier: this.summary(id),
        language: meta.language,
        direction: meta.direction,
        readOnly: false,
        memberKey: null,
      }
    },
    import: (params) => {
      if (params.kind !== 'story') throw new RpcError('invalid-params', 'stories only here')
      const { kind: _kind, ...story } = params
      const { dossier } = ingestStory(new Y.Doc(), story, this.hostSigner)
      return { dossier: this.summary(this.add(dossier)) }
    },
  }

  private touch(id: string): void {
    this.changed.set(id, new Date().toISOString())
  }
}
