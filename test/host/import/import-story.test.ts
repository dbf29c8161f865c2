import { readdir } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { withHostLimits } from '../../../src/main/host/host-limits'
import type { HostLimitOverrides } from '../../../src/main/host/host-limits'
import { importStory } from '../../../src/main/host/import/import-story'
import { Library } from '../../../src/main/host/library/library'
import { libraryDocProvider } from '../../../src/main/host/serve/library-doc-provider'
import { libraryRpc } from '../../../src/main/host/serve/library-rpc'
import { SyncHub, withLibraryRoom } from '../../../src/main/host/sync'
import { IngestError } from '../../../src/shared/ingest'
import { LIBRARY_ROOM } from '../../../src/shared/protocol/library-room'
import { onCleanup } from '../../support/cleanup'
import { tempDir } from '../../support/temp-dir'
import { asText, docx, jpeg, pdf, png, randomBytes } from '../../shared/ingest/binary-files'
import { PARAGRAPHS } from '../../shared/ingest/language-samples'
import { portReplica } from '../sync/support/replicas'

/** A host's library behind its RPC, as the app reaches it; `caller` is the app's connection. */
const startLibraryHub = async (limits: HostLimitOverrides = {}) => {
  const dir = await tempDir()
  const library = await Library.open(dir)
  const hub = new SyncHub({
    docs: withLibraryRoom(libraryDocProvider(library, () => undefined)),
    rpc: libraryRpc(library, withHostLimits(limits)),
  })
  onCleanup(async () => {
    await hub.close()
    await library.close()
  })
  const caller = portReplica(hub, LIBRARY_ROOM)
  await caller.synced
  return { dir, library, caller }
}

/** Everything in the library folder, so "unchanged" means nothing written at all. */
const folderContents = async (dir: string): Promise<string[]> =>
  (await readdir(dir, { recursive: true })).sort()

const ARABIC_STORY = [
  'انهيار جسر في المدينة',
  '',
  PARAGRAPHS['ar']!,
  '',
  'وقال المتحدث باسم الدفاع المدني إن 12 شخصا أصيبوا، ثم عاد وقال إن العدد ارتفع إلى 15.',
].join('\n')

describe('a story import on the host (RPC import, kind story)', () => {
  it('refuses a PNG sent as text with invalid-params, saying what it is, and adds nothing', async () => {
    const { dir, library, caller } = await startLibraryHub()
    await caller.session.rpc.call('import', { kind: 'story', text: PARAGRAPHS['en']! })
    const ids = await library.ids()
    const before = await folderContents(dir)

    // What the app sends when File.text() reads a PNG: bad bytes as U+FFFD.
    await expect(
      caller.session.rpc.call('import', {
        kind: 'story',
        text: asText(png()),
        filename: 'photo.png',
      }),
    ).rejects.toMatchObject({
      code: 'invalid-params',
      message:
        "this file is a PNG image (a binary file), not a story: import the story's text, HTML or Markdown",
    })
    expect(await library.ids()).toEqual(ids)
    expect(await folderContents(dir)).toEqual(before)
  })

  it.each([
    ['a JPEG', () => jpeg(), /is a JPEG image \(a binary file\), not a story/],
    ['a PDF', () => pdf(), /is a PDF document \(a binary file\), not a story/],
    ['a DOCX', () => docx(), /is a Word document \(a binary file\), not a story/],
    ['random bytes', () => randomBytes(42, 50_000), /is binary data, not a story/],
  ])('refuses %s sent as text, whatever its file name says', async (_name, make, message) => {
    const { library, caller } = await startLibraryHub()
    await expect(
      caller.session.rpc.call('import', {
        kind: 'story',
        text: asText(make()),
        filename: 'story.txt',
        format: 'text',
      }),
    ).rejects.toMatchObject({ code: 'invalid-params', message: expect.stringMatching(message) })
    expect(await library.ids()).toEqual([])
  })

  it('refuses it before starting a worker: a budget no worker could meet does not come first', async () => {
    // Had the worker been started, the 1 ms budget would have stopped it ("took more than").
    const { library } = await startLibraryHub()
    const refused = importStory(
      library,
      { text: asText(png()) },
      { importMs: 1, dossierBytes: 1e9 },
    )
    await expect(refused).rejects.toThrow(IngestError)
    await expect(refused).rejects.toThrow(/is a PNG image/)
    expect(await library.ids()).toEqual([])
  })

  it('gives an Arabic story the language ar and the direction rtl', async () => {
    const { caller } = await startLibraryHub()
    const { dossier } = await caller.session.rpc.call('import', {
      kind: 'story',
      text: ARABIC_STORY,
      filename: 'jisr.txt',
    })
    expect(dossier.title).toBe('انهيار جسر في المدينة')
    const opened = await caller.session.rpc.call('open', { id: dossier.id })
    expect(opened).toMatchObject({ language: 'ar', direction: 'rtl' })
  })

  it('detects the others too, and keeps a language the caller gives', async () => {
    const { caller } = await startLibraryHub()
    const languageOf = async (text: string, language?: string) => {
      const { dossier } = await caller.session.rpc.call('import', {
        kind: 'story',
        text,
        ...(language === undefined ? {} : { language }),
      })
      const { language: found, direction } = await caller.session.rpc.call('open', {
        id: dossier.id,
      })
      return { language: found, direction }
    }
    expect(await languageOf(PARAGRAPHS['he']!)).toEqual({ language: 'he', direction: 'rtl' })
    expect(await languageOf(PARAGRAPHS['es']!)).toEqual({ language: 'es', direction: 'ltr' })
    expect(await languageOf(PARAGRAPHS['ar']!, 'ur')).toEqual({ language: 'ur', direction: 'rtl' })
  })
})
