import * as Y from 'yjs'
import { Dossier } from '../../src/shared/dossier'
import type { Signer } from '../../src/shared/identity'
import { ingestStory } from '../../src/shared/ingest'
import { RpcError } from '../../src/shared/protocol'
import type { DossierSummaryWire } from '../../src/shared/protocol'
import { UnknownDossierError } from '../../src/main/host/sync'
import type { DocLease, DocProvider, RpcHandler } from '../../src/main/host/sync'

/**
 * A host library in memory, for tests of the renderer against a real SyncHub: its documents
 * outlive any hub (a "restarted host" is a new hub over the same library), and it answers the
 * library RPC (list, import, open) from the dossiers themselves.
 */
export class MemoryLibrary implements DocProvider {
  readonly docs = new Map<string, Y.Doc>()
  private readonly changed = new Map<string, string>()

  constructor(
    /** Who signs what `import` extracts: the host's own device key. */
    private readonly hostSigner: Signer,
    private readonly options: { readonly acquireDelayMs?: number } = {},
  ) {}

  add(dossier: Dossier): string {
    const { id } = dossier.meta()
    this.docs.set(id, dossier.doc)
    this.touch(id)
    dossier.doc.on('update', () => this.touch(id))
    return id
  }

  dossier(id: string): Dossier {
    const doc = this.docs.get(id)
    if (doc === undefined) throw new Error(`no dossier ${id}`)
    return Dossier.open(doc)
  }

  async acquire(dossierId: string): Promise<DocLease> {
    const delay = this.options.acquireDelayMs
    if (delay !== undefined) await new Promise((resolve) => setTimeout(resolve, delay))
    const doc = this.docs.get(dossierId)
    if (doc === undefined) throw new UnknownDossierError(dossierId)
    return { doc, release: () => undefined }
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
