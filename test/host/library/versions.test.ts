import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { LibraryError } from '../../../src/main/host/library/library-errors'
import { Dossier, DossierWriter } from '../../../src/shared/dossier'
import { alice, bob } from '../../support/dossier-fixtures'
import { addDossier, openLibrary } from './library-fixtures'

const claimId = (texts: { id: string; text: string }[], text: string): string =>
  texts.find((claim) => claim.text === text)!.id

describe('versions', () => {
  it('freezes named versions, lists them, and opens one as it was', async () => {
    const library = await openLibrary()
    const id = await addDossier(library, 'Dam failure', 2)
    const v1 = await library.freezeVersion(id, 'published 28 Nov')
    expect(v1).toMatchObject({
      id: 'v1',
      name: 'published 28 Nov',
      claims: 2,
      counts: { unverified: 2 },
    })
    await library.with(id, ({ dossier }) => {
      const first = dossier.activeClaims()[0]!
      dossier.decide(first.id, { status: 'confirmed', rationale: 'records seen' }, alice)
    })
    const v2 = await library.freezeVersion(id, 'correction 29 Nov')
    expect((await library.listVersions(id)).map((v) => [v.id, v.name])).toEqual([
      ['v1', 'published 28 Nov'],
      ['v2', 'correction 29 Nov'],
    ])
    expect(v2.counts).toMatchObject({ confirmed: 1, unverified: 1 })

    const old = await library.openVersion(id, 'published 28 Nov')
    expect(old.info.id).toBe('v1')
    expect(old.dossier.counts()).toMatchObject({ confirmed: 0, unverified: 2 })
    expect(old.dossier.meta().title).toBe('Dam failure')
    old.close()
    // The live dossier went on unaffected.
    expect((await library.list()).dossiers[0]!.counts.confirmed).toBe(1)
  })

  it('hands out a frozen version with no write method, nor its doc', async () => {
    const library = await openLibrary()
    const id = await addDossier(library, 'Dam failure', 1)
    await library.freezeVersion(id, 'published')
    const frozen = await library.openVersion(id, 'published')
    try {
      const writes = [DossierWriter.prototype, Dossier.prototype].flatMap((proto) =>
        Object.getOwnPropertyNames(proto).filter((name) => name !== 'constructor'),
      )
      expect(writes).toEqual(expect.arrayContaining(['decide', 'addClaim', 'setTitle']))
      const leaked = [...writes, 'doc'].filter((name) => name in frozen.dossier)
      expect(leaked).toEqual([])
      expect(frozen.dossier.activeClaims()).toHaveLength(1)
    } finally {
      frozen.close()
    }
  })

  it('says what changed between two versions, or since one', async () => {
    const library = await openLibrary()
    const id = await addDossier(library, 'Dam failure', 3)
    await library.freezeVersion(id, 'first')
    await library.with(id, ({ dossier }) => {
      const claims = dossier.activeClaims()
      dossier.decide(claimId(claims, 'claim 1'), { status: 'confirmed', rationale: 'ok' }, alice)
      dossier.decide(claimId(claims, 'claim 2'), { status: 'disputed', rationale: 'no' }, alice)
      dossier.editClaim(claimId(claims, 'claim 3'), { removed: true }, alice)
      dossier.addClaim({ text: 'claim 4', attribution: { who: 'x' }, kind: 'other' }, bob)
    })
    await library.freezeVersion(id, 'second')
    await library.rename(id, 'Dam failure (updated)')

    const diff = await library.diffVersions(id, 'v1', 'v2')
    expect(diff.title).toBeNull()
    expect(diff.added.map((claim) => [claim.number, claim.text, claim.status])).toEqual([
      [4, 'claim 4', 'unverified'],
    ])
    expect(diff.removed.map((claim) => claim.text)).toEqual(['claim 3'])
    expect(diff.statusChanged.map((c) => [c.claim.text, c.from, c.to])).toEqual([
      ['claim 1', 'unverified', 'confirmed'],
      ['claim 2', 'unverified', 'disputed'],
    ])
    const since = await library.diffVersions(id, '2', 'current')
    expect(since).toEqual({
      title: { from: 'Dam failure', to: 'Dam failure (updated)' },
      added: [],
      removed: [],
      statusChanged: [],
      textChanged: [],
    })
  })

  it('explains an unknown or damaged version, and a version without a name', async () => {
    const library = await openLibrary()
    const id = await addDossier(library)
    await expect(library.openVersion(id, 'v1')).rejects.toThrow(
      /no version "v1" \(none frozen yet\)/,
    )
    await expect(library.freezeVersion(id, '  ')).rejects.toThrow(LibraryError)
    await library.freezeVersion(id, 'good')
    const file = path.join(library.folderOf(id), 'versions', 'v1.dossier')
    const bytes = await fs.readFile(file)
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0xff
    await fs.writeFile(file, bytes)
    await expect(library.openVersion(id, 'v1')).rejects.toThrow(
      /version v1 cannot be read: the snapshot is damaged \(checksum mismatch\)/,
    )
    await expect(library.openVersion(id, 'bad name')).rejects.toThrow(
      /no version "bad name" \(versions: v1 "good"\)/,
    )
  })
})
