import { mkdir, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openFile } from '../../../src/main/host/desktop/open-file'
import { OPENABLE_MAX_BYTES } from '../../../src/main/host/desktop/openable-files'
import { libraryRpc } from '../../../src/main/host/serve/library-rpc'
import { tamperedExport } from '../../support/tampered-export'
import { tempDir } from '../../support/temp-dir'
import { addDossier, openLibrary } from '../library/library-fixtures'

const STORY = [
  'Dam operator says spillway held',
  '',
  'The regional water authority said on Tuesday that the spillway held through the night.',
  '"We released 1,200 cubic metres a second," said Ana Ruiz, the authority\'s director.',
].join('\n')

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48])

/** A library, its RPC as the library screen calls it, and a folder to put files in. */
const setUp = async () => {
  const library = await openLibrary()
  const files = await tempDir()
  const put = async (name: string, content: string | Uint8Array): Promise<string> => {
    const file = path.join(files, name)
    await writeFile(file, content)
    return file
  }
  return { library, rpc: libraryRpc(library), put }
}

describe('a file the OS handed the desktop app, opened by the host', () => {
  it('imports a story as a new dossier, as the import form would', async () => {
    const { library, rpc, put } = await setUp()
    const outcome = await openFile(rpc, await put('spillway.txt', STORY))
    expect(outcome).toMatchObject({ ok: true, warning: null })
    if (!outcome.ok) return
    expect(await library.ids()).toEqual([outcome.dossierId])
    const meta = await library.with(outcome.dossierId, ({ dossier }) => dossier.meta())
    expect(meta.title).toBe('Dam operator says spillway held')
    const claims = await library.with(outcome.dossierId, ({ dossier }) => dossier.claims().length)
    expect(claims).toBeGreaterThan(0)
  })

  it('adds a .dossier file whole, under its own id', async () => {
    const source = await openLibrary()
    const id = await addDossier(source, 'Bridge collapse', 2)
    const { library, rpc, put } = await setUp()
    const outcome = await openFile(rpc, await put('bridge.dossier', await source.exportFile(id)))
    expect(outcome).toEqual({ ok: true, dossierId: id, warning: null })
    expect(await library.ids()).toEqual([id])
  })

  it('adds a JSON export and says what in it no signature stands behind', async () => {
    const { library, rpc, put } = await setUp()
    const outcome = await openFile(rpc, await put('dam.json', tamperedExport()))
    expect(outcome).toMatchObject({ ok: true, warning: expect.stringMatching(/tampered/) })
    expect(await library.ids()).toHaveLength(1)
    // Saved under a story's name, an export is still a dossier (as the drop target takes it).
    const renamed = await openFile(rpc, await put('dam-export.txt', tamperedExport()))
    expect(renamed).toMatchObject({ ok: true })
    expect(await library.ids()).toHaveLength(2)
    const titles = await Promise.all(
      (await library.ids()).map((id) => library.with(id, ({ dossier }) => dossier.meta().title)),
    )
    expect(titles).toEqual(['Dam', 'Dam'])
  })

  it('refuses a binary file posing as a story, saying what it is, and adds nothing', async () => {
    const { library, rpc, put } = await setUp()
    const outcome = await openFile(rpc, await put('photo.txt', PNG))
    expect(outcome).toEqual({
      ok: false,
      reason: expect.stringMatching(/^it is a PNG image \(a binary file\), not a story/),
    })
    expect(await library.ids()).toEqual([])
  })

  it('refuses a damaged .dossier file and a JSON file that is no export, adding nothing', async () => {
    const source = await openLibrary()
    const whole = await source.exportFile(await addDossier(source))
    const { library, rpc, put } = await setUp()
    const cut = await openFile(rpc, await put('cut.dossier', whole.subarray(0, whole.length - 40)))
    expect(cut).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/cut short.*nothing was added/),
    })
    const garbage = await openFile(rpc, await put('garbage.dossier', 'not a dossier at all'))
    expect(garbage).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not a \.dossier file/),
    })
    const notExport = await openFile(rpc, await put('data.json', '{"hello": "world"}'))
    expect(notExport).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^not a Verification Desk dossier export/),
    })
    expect(await library.ids()).toEqual([])
  })

  it('refuses what it cannot or should not read: gone, a folder, too large, an unknown kind', async () => {
    const { library, rpc, put } = await setUp()
    const gone = await openFile(rpc, path.join(await tempDir(), 'moved.md'))
    expect(gone).toEqual({ ok: false, reason: expect.stringMatching(/^it is no longer there/) })

    const folder = path.join(await tempDir(), 'looks-like.dossier')
    await mkdir(folder)
    expect(await openFile(rpc, folder)).toEqual({ ok: false, reason: 'it is a folder, not a file' })

    const big = await put('huge.md', Buffer.alloc(OPENABLE_MAX_BYTES.story + 1, 'a'))
    expect(await openFile(rpc, big)).toEqual({
      ok: false,
      reason: expect.stringMatching(
        /^it is larger than the 3 MB the app opens; quit the app and import it with `dossier import FILE`/,
      ),
    })

    const program = await put('setup.exe', PNG)
    expect(await openFile(rpc, program)).toEqual({
      ok: false,
      reason: expect.stringMatching(
        /^the app opens stories and dossiers \(\.dossier \.json .*\.txt/,
      ),
    })
    expect(await library.ids()).toEqual([])
  })
})
