import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DossierInUseError, Library, LibraryError } from '../../../src/main/host/library/library'
import { LibraryLockedError } from '../../../src/main/host/library/library-lock'
import { encodeSnapshot } from '../../../src/main/host/store/snapshot-file'
import { alice, bob } from '../../support/dossier-fixtures'
import { tempDir } from '../../support/temp-dir'
import { addDossier, closeLibrary, openLibrary } from './library-fixtures'

const claimTexts = async (library: Library, id: string): Promise<string[]> =>
  library.with(id, ({ dossier }) => dossier.activeClaims().map((claim) => claim.text))

describe('Library', () => {
  it('saves every change made through an open dossier, without being asked', async () => {
    const dir = await tempDir()
    const library = await openLibrary(dir)
    const id = await addDossier(library)
    const handle = await library.open(id)
    const claim = handle.dossier.addClaim(
      { text: 'the gates were open', attribution: { who: 'the operator' }, kind: 'statement' },
      alice,
    )
    handle.dossier.decide(claim, { status: 'disputed', rationale: 'photos show them shut' }, bob)
    await handle.flush()
    // On disk now: a second library in another folder view would read it (after the lock).
    await handle.close()
    await closeLibrary(library)
    const again = await openLibrary(dir)
    const reopened = await again.open(id.slice(0, 5))
    expect(reopened.dossier.claim(claim)).toMatchObject({ label: 'disputed' })
    expect(reopened.dossier.verification(reopened.dossier.decisions(claim)[0]!)).toBe('signed')
    await reopened.close()
    expect((await fs.readdir(path.join(dir, 'dossiers', id))).sort()).toEqual([
      'log',
      'meta.json',
      'snapshot',
    ])
  })

  it('opens a dossier once however many handles ask, and closes it with the last', async () => {
    const library = await openLibrary()
    const id = await addDossier(library)
    const [a, b] = await Promise.all([library.open(id), library.open(id)])
    expect(a.doc).toBe(b.doc)
    await a.close()
    b.dossier.setTitle('Still open')
    await b.flush()
    expect(library.isOpen(id)).toBe(true)
    await b.close()
    expect(library.isOpen(id)).toBe(false)
    expect((await library.list()).dossiers[0]).toMatchObject({ title: 'Still open' })
  })

  it('lists dossiers with counts and last change, newest first, from a cache it rebuilds', async () => {
    const library = await openLibrary()
    const first = await addDossier(library, 'First', 2)
    const second = await addDossier(library, 'Second', 1)
    await library.with(first, ({ dossier }) => {
      const [claim] = dossier.activeClaims()
      dossier.decide(claim!.id, { status: 'confirmed', rationale: 'seen' }, alice)
    })
    const { dossiers, problems } = await library.list()
    expect(problems).toEqual([])
    expect(dossiers.map((d) => d.id)).toEqual([first, second])
    expect(dossiers[0]).toMatchObject({
      title: 'First',
      story: 'Upper valley',
      claims: 2,
      counts: { unverified: 1, confirmed: 1, disputed: 0, retracted: 0, conflict: 0 },
    })
    expect(Date.parse(dossiers[0]!.updated)).toBeGreaterThan(Date.parse(dossiers[1]!.updated))
    // The cache is only a cache: missing or garbled, it is rebuilt from the dossier itself.
    const cache = path.join(library.folderOf(first), 'meta.json')
    await fs.writeFile(cache, '{"version": 1, "summary": {"title": 3')
    await fs.rm(path.join(library.folderOf(second), 'meta.json'))
    // Rebuilt, the last change is read from the files' times: the same to within moments.
    const rebuilt = (await library.list()).dossiers
    expect(rebuilt.map(({ updated: _, ...rest }) => rest)).toEqual(
      dossiers.map(({ updated: _, ...rest }) => rest),
    )
    for (const [i, summary] of rebuilt.entries())
      expect(Math.abs(Date.parse(summary.updated) - Date.parse(dossiers[i]!.updated))).toBeLessThan(
        5000,
      )
    expect(JSON.parse(await fs.readFile(cache, 'utf8')).summary.title).toBe('First')
  })

  it('does not trust a cache older than the files (a crash after changes)', async () => {
    const library = await openLibrary()
    const id = await addDossier(library, 'Before')
    const handle = await library.open(id)
    handle.dossier.setTitle('After')
    await handle.flush()
    // Keep the log as it is now (as a crash would), then close normally and put it back.
    const folder = library.folderOf(id)
    const log = await fs.readFile(path.join(folder, 'log'))
    const snapshot = await fs.readFile(path.join(folder, 'snapshot'))
    await handle.close()
    const cached = await fs.readFile(path.join(folder, 'meta.json'), 'utf8')
    await fs.writeFile(path.join(folder, 'meta.json'), cached.replace('"After"', '"Stale"'))
    await fs.writeFile(path.join(folder, 'log'), log)
    await fs.writeFile(path.join(folder, 'snapshot'), snapshot)
    expect((await library.list()).dossiers[0]).toMatchObject({ title: 'After' })
  })

  it('lists a damaged dossier as a problem without hiding the others', async () => {
    const library = await openLibrary()
    const good = await addDossier(library, 'Good')
    const bad = await addDossier(library, 'Bad')
    const snapshot = path.join(library.folderOf(bad), 'snapshot')
    const bytes = await fs.readFile(snapshot)
    await fs.writeFile(snapshot, bytes.subarray(0, bytes.length - 5))
    const { dossiers, problems } = await library.list()
    expect(dossiers.map((d) => d.id)).toEqual([good])
    expect(problems).toEqual([
      {
        id: bad,
        kind: 'unreadable',
        title: 'Bad',
        reason: expect.stringMatching(
          /cannot be opened: nothing readable is left \(the snapshot is damaged \(the file is cut short/,
        ),
      },
    ])
  })

  it('lists a dossier that opened after recovery, and names what was set aside', async () => {
    const reports: string[] = []
    const library = await openLibrary(undefined, { onRecovery: (lines) => reports.push(...lines) })
    const id = await addDossier(library)
    const handle = await library.open(id)
    handle.dossier.setTitle('Renamed')
    await handle.flush()
    const log = path.join(library.folderOf(id), 'log')
    const bytes = await fs.readFile(log)
    await handle.close()
    bytes[bytes.length - 2] = bytes[bytes.length - 2]! ^ 0xff
    await fs.writeFile(log, bytes)
    const { dossiers, problems } = await library.list()
    expect(dossiers.map((d) => d.id)).toEqual([id])
    expect(reports).toEqual([
      expect.stringMatching(new RegExp(`^dossier ${id}: the log is damaged`)),
    ])
    expect(problems).toEqual([
      {
        id,
        kind: 'set-aside',
        reason: expect.stringMatching(/damaged files were set aside in .*\(log\.damaged-/),
      },
    ])
  })

  it('explains a saved state that is not a dossier', async () => {
    const library = await openLibrary()
    const folder = path.join(library.dossiersDir, 'm_notdossier1')
    await fs.mkdir(folder)
    await fs.writeFile(path.join(folder, 'snapshot'), encodeSnapshot(new Uint8Array([0, 0])))
    await expect(library.open('m_notdossier1')).rejects.toThrow(
      /dossier m_notdossier1 cannot be opened: .*not a verification dossier/,
    )
  })

  it('resolves unique id prefixes and explains unknown ones', async () => {
    const library = await openLibrary()
    const id = await addDossier(library)
    expect(await library.resolve(id.slice(0, 6))).toBe(id)
    await expect(library.resolve('m_zzzzzzzz')).rejects.toThrow(/no dossier "m_zzzzzzzz"/)
  })

  it('explains a library folder it cannot use', async () => {
    const dir = await tempDir()
    await fs.writeFile(path.join(dir, 'file'), 'x')
    await expect(Library.open(path.join(dir, 'file', 'library'))).rejects.toThrow(LibraryError)
    await expect(Library.open(path.join(dir, 'file', 'library'))).rejects.toThrow(
      /cannot use the library folder .*a file stands where a folder should be/,
    )
  })

  it('is owned by one library at a time', async () => {
    const dir = await tempDir()
    await openLibrary(dir)
    const error = await Library.open(dir).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(LibraryLockedError)
    expect((error as Error).message).toMatch(
      new RegExp(`^the library is in use by ${process.pid} on .+ \\(dossier serve\\?\\)$`),
    )
  })

  it('renames, and duplicates into an independent copy with every signature intact', async () => {
    const library = await openLibrary()
    const id = await addDossier(library, 'Original', 2)
    await library.rename(id, 'Dam failure, upper valley', 'Floods')
    const copy = await library.duplicate(id)
    expect(copy).not.toBe(id)
    await library.with(copy, ({ dossier }) => {
      expect(dossier.meta()).toMatchObject({
        title: 'Dam failure, upper valley (copy)',
        story: 'Floods',
      })
      const [claim] = dossier.activeClaims()
      dossier.decide(claim!.id, { status: 'retracted', rationale: 'withdrawn' }, alice)
    })
    const { dossiers } = await library.list()
    const byId = new Map(dossiers.map((d) => [d.id, d]))
    expect(byId.get(id)).toMatchObject({
      title: 'Dam failure, upper valley',
      counts: { retracted: 0 },
    })
    expect(byId.get(copy)).toMatchObject({ counts: { retracted: 1, unverified: 1 } })
  })

  it('deletes to a trash it can restore from, and refuses to delete an open dossier', async () => {
    const library = await openLibrary()
    const id = await addDossier(library, 'To trash')
    const handle = await library.open(id)
    await expect(library.delete(id)).rejects.toThrow(/is open; close it before deleting it/)
    await handle.close()
    const entry = await library.delete(id)
    expect(entry).toMatchObject({
      id,
      title: 'To trash',
      trashId: expect.stringMatching(`^${id}@`),
    })
    expect((await library.list()).dossiers).toEqual([])
    expect(await library.listTrash()).toEqual([entry])
    await expect(library.open(id)).rejects.toThrow(/no dossier/)
    expect(await library.restore(id)).toBe(id)
    expect(await library.listTrash()).toEqual([])
    expect(await claimTexts(library, id)).toEqual(['claim 1'])
  })

  it('moves a dossier only once a close still saving it is done, and never an open one', async () => {
    const library = await openLibrary()
    const id = await addDossier(library, 'Closing')
    const handle = await library.open(id)
    handle.dossier.setTitle('Renamed just before the close')
    // Let go without waiting: its last changes are still being saved and compacted.
    const closing = handle.close()
    const entry = await library.delete(id)
    await closing
    expect(entry).toMatchObject({ id, title: 'Renamed just before the close' })
    await expect(library.open(id)).rejects.toMatchObject({ code: 'not-found' })
    await library.restore(entry.trashId)
    expect(await library.with(id, ({ dossier }) => dossier.meta().title)).toBe(
      'Renamed just before the close',
    )

    const again = await library.open(id)
    await expect(library.delete(id)).rejects.toBeInstanceOf(DossierInUseError)
    await again.close()
    expect((await library.delete(id)).id).toBe(id)
  })

  it('restores only where nothing is in the way, and empties the trash for good', async () => {
    const library = await openLibrary()
    const id = await addDossier(library)
    const bytes = await library.exportFile(id)
    const entry = await library.delete(id)
    await library.importFile(bytes)
    await expect(library.restore(entry.trashId)).rejects.toThrow(
      new RegExp(`dossier ${id} is in the library already`),
    )
    expect(await library.emptyTrash()).toBe(1)
    expect(await library.listTrash()).toEqual([])
    await expect(library.restore(id)).rejects.toThrow(/nothing called .* is in the trash/)
  })
})
