import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { Library, LibraryError } from '../../../src/main/host/library/library'
import { alice, newDossier } from '../../support/dossier-fixtures'
import { tempDir } from '../../support/temp-dir'

const saved = async (library: Library, title = 'Dam failure') => {
  const dossier = newDossier()
  dossier.setTitle(title)
  dossier.addClaim({ text: 'a claim', attribution: { who: 'x' }, kind: 'other' }, alice)
  await library.save(dossier)
  return dossier
}

describe('Library', () => {
  it('saves and loads a dossier through its file', async () => {
    const library = await Library.open(await tempDir())
    const dossier = await saved(library)
    const { dossier: loaded } = await library.load(dossier.id)
    expect(loaded.meta()).toEqual(dossier.meta())
    expect(loaded.claims().map((c) => c.id)).toEqual(dossier.claims().map((c) => c.id))
    const files = await fs.readdir(path.join(library.dir, 'dossiers'))
    expect(files).toEqual([`${dossier.id}.ydoc`])
  })

  it('lists dossiers with counts, and reports a damaged one without hiding the rest', async () => {
    const library = await Library.open(await tempDir())
    const good = await saved(library, 'Good')
    const bad = await saved(library, 'Bad')
    const file = path.join(library.dir, 'dossiers', `${bad.id}.ydoc`)
    const bytes = await fs.readFile(file)
    await fs.writeFile(file, bytes.subarray(0, bytes.length - 5))
    const { dossiers, problems } = await library.list()
    expect(dossiers.map((d) => d.id)).toEqual([good.id])
    expect(dossiers[0]).toMatchObject({ title: 'Good', claims: 1, counts: { unverified: 1 } })
    expect(problems).toEqual([
      { id: bad.id, reason: expect.stringMatching(/cut short.*left as it is/) },
    ])
    // The damaged file is left exactly as it was.
    expect((await fs.readFile(file)).length).toBe(bytes.length - 5)
  })

  it('resolves unique id prefixes and explains unknown ones', async () => {
    const library = await Library.open(await tempDir())
    const dossier = await saved(library)
    expect(await library.resolve(dossier.id.slice(0, 6))).toBe(dossier.id)
    await expect(library.resolve('m_zzzzzzzz')).rejects.toThrow(/no dossier "m_zzzzzzzz"/)
  })

  it('explains a library folder it cannot use', async () => {
    const dir = await tempDir()
    await fs.writeFile(path.join(dir, 'file'), 'x')
    await expect(Library.open(path.join(dir, 'file', 'library'))).rejects.toThrow(LibraryError)
    await expect(Library.open(path.join(dir, 'file', 'library'))).rejects.toThrow(
      /cannot use the library folder/,
    )
  })

  it('reports a file that is a snapshot but not a dossier', async () => {
    const library = await Library.open(await tempDir())
    const { encodeSnapshot } = await import('../../../src/main/host/library/snapshot-file')
    await fs.writeFile(
      path.join(library.dir, 'dossiers', 'm_notdossier1.ydoc'),
      encodeSnapshot(new Uint8Array([0, 0])),
    )
    await expect(library.load('m_notdossier1')).rejects.toThrow(/not a verification dossier/)
  })
})
