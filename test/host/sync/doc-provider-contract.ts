import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { isUnknownDossier } from '../../../src/main/host/sync/doc-provider'
import type { DocLease, DocProvider } from '../../../src/main/host/sync/doc-provider'

/**
 * What the sync hub relies on from a document provider, held against every implementation (the
 * library on disk, the in-memory one the renderer's tests use), so that a test passing against
 * the fake says something about the real one.
 */
export interface ProviderUnderTest {
  readonly provider: DocProvider
  /** Adds a dossier the provider can lend; returns its id. */
  add(): Promise<string>
  /**
   * A new document holding what is durable of a dossier at this instant (what a crash would
   * keep). Synchronous, so that a check right after an acknowledgement cannot be overtaken by a
   * write still in flight.
   */
  durable(id: string): Y.Doc
  /** Makes a dossier impossible to open (its files damaged beyond repair, say). */
  damage(id: string): Promise<void>
  /** Makes every write fail (a full disk) until called with false. */
  failWrites(failing: boolean): Promise<void>
}

const MAP = 'contract'

/**
 * Makes one change to the document and returns its update, as the hub would apply one. `size`
 * pads the value (a change too big for the slack a full disk leaves in the last page of a file).
 */
const change = (doc: Y.Doc, key: string, size = 0): Uint8Array => {
  let update: Uint8Array | null = null
  const capture = (bytes: Uint8Array) => (update = bytes)
  doc.on('update', capture)
  doc.getMap(MAP).set(key, `value of ${key}`.padEnd(size, '.'))
  doc.off('update', capture)
  if (update === null) throw new Error('the change made no update')
  return update
}

const keysOf = (doc: Y.Doc): string[] => [...doc.getMap(MAP).keys()].sort()

/** `persisted` is optional in the interface; every provider here has it. */
const persisted = (lease: DocLease, update: Uint8Array): Promise<void> => {
  if (lease.persisted === undefined) throw new Error('this provider acknowledges nothing')
  return lease.persisted(update)
}

export const docProviderContract = (
  name: string,
  setup: () => Promise<ProviderUnderTest>,
  /** Why write failures cannot be made here (the test is then skipped, saying so). */
  options: { readonly cannotFailWrites?: string } = {},
): void => {
  describe(`${name} as a document provider`, () => {
    it('lends a dossier, takes it back, and lends it again', async () => {
      const { provider, add } = await setup()
      const id = await add()
      const lease = await provider.acquire(id)
      expect(lease.doc).toBeInstanceOf(Y.Doc)
      lease.release()
      const again = await provider.acquire(id)
      expect(again.doc).toBeInstanceOf(Y.Doc)
      again.release()
    })

    it('acknowledges an update once it is durable', async () => {
      const { provider, add, durable } = await setup()
      const id = await add()
      const lease = await provider.acquire(id)
      await persisted(lease, change(lease.doc, 'a'))
      expect(keysOf(durable(id))).toEqual(['a'])
      lease.release()
    })

    it('acknowledges by flushing: everything applied before the update is durable with it', async () => {
      const { provider, add, durable } = await setup()
      const id = await add()
      const lease = await provider.acquire(id)
      change(lease.doc, 'a')
      change(lease.doc, 'b')
      await persisted(lease, change(lease.doc, 'c'))
      expect(keysOf(durable(id))).toEqual(['a', 'b', 'c'])
      lease.release()
    })

    it('shows what was saved to the next lease, after the last one is released', async () => {
      const { provider, add } = await setup()
      const id = await add()
      const lease = await provider.acquire(id)
      await persisted(lease, change(lease.doc, 'kept'))
      lease.release()
      const again = await provider.acquire(id)
      expect(keysOf(again.doc)).toEqual(['kept'])
      again.release()
    })

    it('lends one document to leases taken at the same time, and keeps it while one is held', async () => {
      const { provider, add, durable } = await setup()
      const id = await add()
      const [first, second] = await Promise.all([provider.acquire(id), provider.acquire(id)])
      expect(first.doc).toBe(second.doc)
      first.release()
      // The other lease still works: its changes are saved and acknowledged.
      await persisted(second, change(second.doc, 'after-first-left'))
      expect(keysOf(durable(id))).toEqual(['after-first-left'])
      const third = await provider.acquire(id)
      expect(third.doc).toBe(second.doc)
      second.release()
      third.release()
    })

    it('saves what is pending when the last lease is released', async () => {
      const { provider, add, durable } = await setup()
      const id = await add()
      const lease = await provider.acquire(id)
      change(lease.doc, 'pending-1')
      change(lease.doc, 'pending-2')
      lease.release()
      // The next lease waits for the release to finish, so this sees what it saved.
      const again = await provider.acquire(id)
      expect(keysOf(again.doc)).toEqual(['pending-1', 'pending-2'])
      expect(keysOf(durable(id))).toEqual(['pending-1', 'pending-2'])
      again.release()
    })

    it('rejects an unknown dossier as not-found', async () => {
      const { provider } = await setup()
      const error = await provider.acquire('m_nosuchdossier0').catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(Error)
      expect(isUnknownDossier(error)).toBe(true)
    })

    it('rejects a dossier that cannot be opened, as another error than not-found', async () => {
      const { provider, add, damage } = await setup()
      const id = await add()
      await damage(id)
      const error = await provider.acquire(id).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(Error)
      expect((error as Error).message).toContain(id)
      expect(isUnknownDossier(error)).toBe(false)
    })

    const failing =
      'refuses to acknowledge what it cannot save, and saves it once it can, losing nothing'
    it.skipIf(options.cannotFailWrites !== undefined)(
      options.cannotFailWrites === undefined
        ? failing
        : `${failing} (skipped: ${options.cannotFailWrites})`,
      async () => {
        const { provider, add, durable, failWrites } = await setup()
        const id = await add()
        const lease = await provider.acquire(id)
        await persisted(lease, change(lease.doc, 'before'))
        await failWrites(true)
        const refused = change(lease.doc, 'while-full', 64 * 1024)
        await expect(persisted(lease, refused)).rejects.toThrow(/disk is full/)
        await failWrites(false)
        await persisted(lease, change(lease.doc, 'after'))
        expect(keysOf(durable(id))).toEqual(['after', 'before', 'while-full'])
        lease.release()
      },
    )
  })
}
