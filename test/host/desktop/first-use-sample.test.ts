import { describe, expect, it } from 'vitest'
import { addSampleOnFirstUse } from '../../../src/main/host/desktop/library-services'
import { Library } from '../../../src/main/host/library/library'
import { onCleanup } from '../../support/cleanup'
import { tempDir } from '../../support/temp-dir'

const openLibrary = async (): Promise<Library> => {
  const library = await Library.open(await tempDir())
  onCleanup(() => library.close())
  return library
}

describe('the desktop host’s sample dossier', () => {
  it('is added to a library that never held a dossier, once', async () => {
    const library = await openLibrary()
    const id = await addSampleOnFirstUse(library)
    expect(id).not.toBeNull()
    expect(await library.ids()).toEqual([id])
    expect(await addSampleOnFirstUse(library)).toBeNull()
    expect(await library.ids()).toEqual([id])
  })

  it('does not come back after the editor trashed every dossier', async () => {
    const library = await openLibrary()
    const id = (await addSampleOnFirstUse(library))!
    await library.delete(id)
    expect(await library.ids()).toEqual([])
    expect(await addSampleOnFirstUse(library)).toBeNull()
    expect(await library.ids()).toEqual([])
  })

  it('is not added beside the editor’s own dossiers', async () => {
    const library = await openLibrary()
    const own = await library.create({ title: 'Harbour fire', sourceText: 'Text.' })
    expect(await addSampleOnFirstUse(library)).toBeNull()
    expect(await library.ids()).toEqual([own])
  })
})
