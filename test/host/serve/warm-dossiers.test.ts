import { describe, expect, it } from 'vitest'
import { Library } from '../../../src/main/host/library/library'
import { libraryDocProvider } from '../../../src/main/host/serve/library-doc-provider'
import { WarmDossiers } from '../../../src/main/host/serve/warm-dossiers'
import type { WarmOptions } from '../../../src/main/host/serve/warm-dossiers'
import { Dossier } from '../../../src/shared/dossier'
import { onCleanup } from '../../support/cleanup'
import { SOURCE } from '../../support/dossier-fixtures'
import { eventually } from '../../support/eventually'
import { tempDir } from '../../support/temp-dir'

const setup = async (options: WarmOptions) => {
  const library = await Library.open(await tempDir())
  const errors: unknown[] = []
  const warm = new WarmDossiers(options, (error) => errors.push(error))
  onCleanup(async () => {
    await library.close()
    expect(errors).toEqual([])
  })
  const add = () =>
    library.add((doc) => Dossier.create(doc, { title: 'Dam failure', sourceText: SOURCE }))
  return { library, warm, add, provider: libraryDocProvider(library, () => undefined, warm) }
}

describe('dossiers kept loaded after their last connection leaves', () => {
  it('the next connection gets the loaded dossier, not a fresh open', async () => {
    const { library, warm, add, provider } = await setup({})
    const id = await add()
    const first = await provider.acquire(id)
    first.release()
    expect(library.isOpen(id)).toBe(true)
    const second = await provider.acquire(id)
    expect(second.doc).toBe(first.doc)
    expect(warm.size).toBe(0)
    second.release()
    warm.close()
    await eventually(() => expect(library.isOpen(id)).toBe(false))
  })

  it('lets a dossier go (saved and closed) once it has been idle long enough', async () => {
    const { library, add, provider } = await setup({ idleMs: 50 })
    const id = await add()
    ;(await provider.acquire(id)).release()
    await eventually(() => expect(library.isOpen(id)).toBe(false))
  })

  it('keeps at most `max`, letting the least recently used go first; none with max 0', async () => {
    const { library, warm, add, provider } = await setup({ max: 2 })
    const ids = [await add(), await add(), await add()]
    for (const id of ids) (await provider.acquire(id)).release()
    await eventually(() => expect(library.isOpen(ids[0]!)).toBe(false))
    expect([library.isOpen(ids[1]!), library.isOpen(ids[2]!), warm.size]).toEqual([true, true, 2])

    const none = await setup({ max: 0 })
    const id = await none.add()
    ;(await none.provider.acquire(id)).release()
    await eventually(() => expect(none.library.isOpen(id)).toBe(false))
  })

  it('keeps nothing more once the heap is past its share of the limit', async () => {
    const { library, add, provider } = await setup({ heapShare: 0 })
    const id = await add()
    ;(await provider.acquire(id)).release()
    await eventually(() => expect(library.isOpen(id)).toBe(false))
  })
})
