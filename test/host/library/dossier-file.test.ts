import * as fs from 'node:fs/promises'
import * as zlib from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { DOSSIER_MAGIC, encodeDossierFile } from '../../../src/main/host/library/dossier-file'
import { DossierFileFormatError } from '../../../src/main/host/library/library-errors'
import type { Library } from '../../../src/main/host/library/library'
import { alice } from '../../support/dossier-fixtures'
import { addDossier, openLibrary } from './library-fixtures'

const exported = async () => {
  const source = await openLibrary()
  const id = await addDossier(source, 'Travelling', 3)
  await source.with(id, ({ dossier }) => {
    const [claim] = dossier.activeClaims()
    dossier.decide(claim!.id, { status: 'confirmed', rationale: 'checked' }, alice)
  })
  return { id, bytes: Buffer.from(await source.exportFile(id)) }
}

/** Recomputes the header checksum, so a test can make a file whose header is valid. */
const resealHeader = (bytes: Buffer): Buffer => {
  bytes.writeUInt32BE(zlib.crc32(bytes.subarray(0, 28)), 28)
  return bytes
}

/** A file laid out by hand, with sound checksums around whatever metadata it is given. */
const rawFile = (metadata: unknown, snapshot: Uint8Array): Buffer => {
  const meta = Buffer.from(JSON.stringify(metadata))
  const header = Buffer.alloc(32)
  DOSSIER_MAGIC.copy(header)
  header.writeUInt16BE(1, 10)
  header.writeUInt32BE(meta.length, 12)
  header.writeUInt32BE(zlib.crc32(meta), 16)
  header.writeUInt32BE(snapshot.length, 20)
  header.writeUInt32BE(zlib.crc32(snapshot), 24)
  return Buffer.concat([resealHeader(header), meta, snapshot])
}

/** Everything in the library folder that a refused import must not have touched. */
const contents = async (library: Library) => ({
  ids: await library.ids(),
  entries: await fs.readdir(library.dossiersDir),
})

describe('.dossier files', () => {
  it('carry a dossier to another library whole: same id, decisions, signatures', async () => {
    const { id, bytes } = await exported()
    expect(bytes.subarray(0, 10)).toEqual(DOSSIER_MAGIC)
    const target = await openLibrary()
    expect(await target.importFile(bytes)).toEqual({ id, merged: false })
    await target.with(id, ({ dossier }) => {
      expect(dossier.meta().title).toBe('Travelling')
      expect(dossier.counts()).toMatchObject({ confirmed: 1, unverified: 2 })
      const decision = dossier.decisions(dossier.activeClaims()[0]!.id)[0]!
      expect(dossier.verification(decision)).toBe('signed')
    })
  })

  it('become a copy with a new id where the dossier is already, or merge when asked', async () => {
    const { id, bytes } = await exported()
    const target = await openLibrary()
    await target.importFile(bytes)
    // The same dossier changes here meanwhile.
    await target.rename(id, 'Changed here')
    const copy = await target.importFile(bytes)
    expect(copy.merged).toBe(false)
    expect(copy.id).not.toBe(id)
    const merged = await target.importFile(bytes, { merge: true })
    expect(merged).toEqual({ id, merged: true })
    const { dossiers } = await target.list()
    expect(dossiers.map((d) => d.title).sort()).toEqual(['Changed here', 'Travelling'])
  })

  it.each<[string, (good: Buffer) => Buffer, RegExp]>([
    ['an empty file', () => Buffer.alloc(0), /the file is empty/],
    [
      'random bytes',
      () => Buffer.from(Array.from({ length: 500 }, (_, i) => (i * 7919) % 256)),
      /not a \.dossier file \(it does not start with the \.dossier signature\)/,
    ],
    [
      'a JSON export',
      () => Buffer.from('{"format": "verification-desk.dossier+json", "version": 1}'),
      /this is a JSON export, not a \.dossier file; import it as JSON/,
    ],
    [
      'a header cut short',
      (good) => good.subarray(0, 20),
      /cut short \(20 bytes, not even a header\)/,
    ],
    [
      'a file cut short',
      (good) => good.subarray(0, good.length - 100),
      /the file is cut short \(\d+ of \d+ bytes\)/,
    ],
    [
      'bytes after its end',
      (good) => Buffer.concat([good, Buffer.from('more')]),
      /4 unexpected bytes after its end/,
    ],
    [
      'a damaged header',
      (good) => {
        good[14] = good[14]! ^ 0x01
        return good
      },
      /the file header is damaged \(checksum mismatch\)/,
    ],
    [
      'a newer format',
      (good) => {
        good.writeUInt16BE(2, 10)
        return resealHeader(good)
      },
      /made by a newer Verification Desk \(\.dossier format 2\); update to import it/,
    ],
    [
      'a valid header with damaged metadata',
      (good) => {
        good[40] = good[40]! ^ 0x01
        return good
      },
      /the metadata is damaged \(checksum mismatch\)/,
    ],
    [
      'a valid header with a damaged snapshot',
      (good) => {
        good[good.length - 20] = good[good.length - 20]! ^ 0x01
        return good
      },
      /the snapshot is damaged \(checksum mismatch\)/,
    ],
  ])('are refused precisely, nothing written: %s', async (_name, damage, message) => {
    const { bytes } = await exported()
    const library = await openLibrary()
    const before = await contents(library)
    const error = await library
      .importFile(damage(Buffer.from(bytes)))
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(DossierFileFormatError)
    expect((error as Error).message).toMatch(/^cannot import this \.dossier file: /)
    expect((error as Error).message).toMatch(message)
    expect((error as Error).message).toMatch(/; nothing was added to the library$/)
    expect(await contents(library)).toEqual(before)
  })

  it('are refused when sound but holding no dossier, or not the one they name', async () => {
    const { bytes } = await exported()
    const library = await openLibrary()
    const metadata = {
      format: 'verification-desk.dossier' as const,
      id: 'm_abcdefgh1234',
      title: 'x',
      story: '',
      language: 'en',
      created: '2026-01-01T00:00:00.000Z',
      exportedAt: '2026-01-01T00:00:00.000Z',
      claims: 0,
      counts: { unverified: 0, confirmed: 0, disputed: 0, retracted: 0, conflict: 0 },
      app: 'test',
    }
    await expect(
      library.importFile(encodeDossierFile(metadata, new Uint8Array([0, 0]))),
    ).rejects.toThrow(
      /its snapshot does not open as a dossier \(this document is not a verification dossier/,
    )
    const good = (await import('../../../src/main/host/library/dossier-file')).decodeDossierFile(
      bytes,
    )
    await expect(library.importFile(encodeDossierFile(metadata, good.snapshot))).rejects.toThrow(
      /its metadata names dossier m_abcdefgh1234 but the document inside is m_/,
    )
    await expect(
      library.importFile(rawFile({ ...metadata, claims: -1 }, good.snapshot)),
    ).rejects.toThrow(/the metadata is invalid \(claims: Too small/)
    expect(rawFile(metadata, good.snapshot)).toEqual(encodeDossierFile(metadata, good.snapshot))
    expect(await library.ids()).toEqual([])
  })
})
