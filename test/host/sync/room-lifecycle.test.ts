import { describe, expect, it } from 'vitest'
import type { DocLease, DocProvider } from '../../../src/main/host/sync'
import { eventually } from './support/eventually'
import { startHub } from './support/hub-fixture'
import { MemoryDocs } from './support/memory-docs'
import { portReplica } from './support/replicas'

/** MemoryDocs whose dossiers open only once the test says so. */
class GatedDocs extends MemoryDocs implements DocProvider {
  private open!: () => void
  private readonly gate = new Promise<void>((resolve) => (this.open = resolve))
  release(): void {
    this.open()
  }
  override async acquire(dossierId: string): Promise<DocLease> {
    await this.gate
    return super.acquire(dossierId)
  }
}

describe('a room while its dossier opens', () => {
  it('stays open for a replica still waiting when another one left first (regression: the second replica never heard a change)', async () => {
    const docs = new GatedDocs()
    const fixture = await startHub({ docs })
    // A page that reconnects at once: its first connection goes while the dossier is opening.
    const first = portReplica(fixture.hub, fixture.dossierId)
    const second = portReplica(fixture.hub, fixture.dossierId)
    first.drop()
    await eventually(() =>
      expect(fixture.events.filter((event) => event.type === 'closed')).toHaveLength(1),
    )
    docs.release()
    await second.synced
    // A change made on the host after that (here: by another host's link) reaches it.
    docs.docs.get(fixture.dossierId)!.getText('source').insert(0, 'Late news. ')
    await eventually(() => expect(second.doc.getText('source').toString()).toMatch(/^Late news\. /))
    expect(docs.leases).toBe(1)
  })
})
