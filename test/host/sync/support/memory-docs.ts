import type * as Y from 'yjs'
import { UnknownDossierError } from '../../../../src/main/host/sync'
import type { DocLease, DocProvider } from '../../../../src/main/host/sync'

export interface MemoryDocsOptions {
  /** Makes `persisted` available, resolving after this many ms (0: next tick). */
  readonly persistDelayMs?: number
  /** How long `acquire` takes, to exercise frames that arrive while a dossier opens. */
  readonly acquireDelayMs?: number
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** A DocProvider over documents in memory, counting leases and recording durable writes. */
export class MemoryDocs implements DocProvider {
  readonly docs = new Map<string, Y.Doc>()
  readonly acquired: string[] = []
  /** Updates whose `persisted` promise resolved, per dossier, in order. */
  readonly durable = new Map<string, Uint8Array[]>()
  leases = 0
  /** While set, every write fails as a full disk would. */
  failWrites = false

  constructor(private readonly options: MemoryDocsOptions = {}) {}

  add(id: string, doc: Y.Doc): Y.Doc {
    this.docs.set(id, doc)
    return doc
  }

  async acquire(dossierId: string): Promise<DocLease> {
    this.acquired.push(dossierId)
    if (this.options.acquireDelayMs !== undefined) await sleep(this.options.acquireDelayMs)
    const doc = this.docs.get(dossierId)
    if (doc === undefined) throw new UnknownDossierError(dossierId)
    this.leases++
    let released = false
    const lease: DocLease = {
      doc,
      release: () => {
        if (!released) this.leases--
        released = true
      },
    }
    const delay = this.options.persistDelayMs
    if (delay === undefined) return lease
    return {
      ...lease,
      persisted: async (update) => {
        await sleep(delay)
        if (this.failWrites) throw new Error('ENOSPC: no space left on device')
        const log = this.durable.get(dossierId) ?? []
        log.push(update)
        this.durable.set(dossierId, log)
      },
    }
  }
}
