import { describe, expect, it } from 'vitest'
import { SAMPLE_VERSION_NAME } from '../../../src/shared/sample'
import { closeLibrary, openLibrary } from './library-fixtures'

describe('the sample in a library', () => {
  it('is added with a frozen version to compare with, and survives a reopen whole', async () => {
    const library = await openLibrary()
    const id = await library.createSample()
    const versions = await library.listVersions(id)
    expect(versions.map((version) => [version.id, version.name])).toEqual([
      ['v1', SAMPLE_VERSION_NAME],
    ])
    expect(versions[0]!.counts.conflict).toBe(0)

    const diff = await library.diffVersions(id, 'v1', 'current')
    expect(diff.added.map((claim) => claim.text)).toEqual([
      'the council would open an emergency fund',
    ])
    expect(diff.removed).toEqual([])
    expect(diff.statusChanged.map((change) => `${change.from} → ${change.to}`).sort()).toEqual(
      [
        'confirmed → retracted',
        'unverified → confirmed',
        'unverified → conflict',
        'unverified → retracted',
      ].sort(),
    )
    expect(diff.textChanged.map((change) => change.to)).toEqual([
      expect.stringMatching(/^Editor’s paraphrase: /),
    ])

    const before = (await library.list()).dossiers[0]!
    expect(before.counts).toMatchObject({ conflict: 1, retracted: 3, disputed: 1 })
    const dir = library.dir
    await closeLibrary(library)
    const reopened = await openLibrary(dir)
    const after = (await reopened.list()).dossiers[0]!
    expect(after.counts).toEqual(before.counts)
    expect(after.claims).toBe(before.claims)
    await reopened.with(id, ({ dossier }) => {
      const signed = dossier
        .activeClaims()
        .flatMap((claim) => dossier.decisions(claim.id))
        .map((decision) => dossier.verification(decision))
      expect(new Set(signed)).toEqual(new Set(['signed']))
      expect(dossier.quarantine()).toEqual([])
    })
  })
})
