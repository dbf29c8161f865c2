import * as fs from 'node:fs/promises'
import { readdir } from 'node:fs/promises'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { importStory } from '../../../src/main/host/import/import-story'
import { ingestInWorker } from '../../../src/main/host/import/ingest-in-worker'
import { Library, LibraryError } from '../../../src/main/host/library/library'
import { summarize } from '../../../src/main/host/library/summary-cache'
import { decodeSnapshot } from '../../../src/main/host/store/snapshot-file'
import { onCleanup } from '../../support/cleanup'
import { tempDir } from '../../support/temp-dir'
import { newsStory } from '../../shared/ingest/news-story'

const TAMPERING_WORKER = new URL('./support/tampering-ingest-worker.ts', import.meta.url)
const LIMITS = { importMs: 60_000, dossierBytes: 2 ** 30 }

const openLibrary = async () => {
  const dir = await tempDir()
  const library = await Library.open(dir)
  onCleanup(() => library.close())
  // The device key is made on first use: made here, "nothing added" means no dossier files.
  await library.identity()
  return { dir, library }
}

/** Everything in the library folder, so "unchanged" means nothing written at all. */
const folderContents = async (dir: string): Promise<string[]> =>
  (await readdir(dir, { recursive: true })).sort()

/** An import through the worker that changes its summary as `filename` says. */
const tamperedImport = (library: Library, filename: string) =>
  importStory(library, { text: newsStory(4096), filename }, LIMITS, undefined, {
    workerFile: TAMPERING_WORKER,
  })

describe('a story import stores what the worker made, summary included', () => {
  it('lists the summary the worker counted, the same one opening the stored dossier gives', async () => {
    const { library } = await openLibrary()
    const id = await importStory(library, { text: newsStory(64 * 1024), filename: 'story.txt' })
    const { dossiers } = await library.list()
    expect(dossiers).toHaveLength(1)
    const listed = dossiers[0]!
    const opened = await library.with(id, ({ dossier }) => summarize(dossier, listed.updated))
    expect(listed).toEqual(opened)
    expect(listed.claims).toBeGreaterThan(100)
    expect(listed.counts.unverified).toBe(listed.claims)
  })

  it("stores the worker's bytes exactly, and the summary without opening them", async () => {
    const { library } = await openLibrary()
    const signer = await library.identity()
    const { state, summary } = await ingestInWorker(
      { text: newsStory(16 * 1024), filename: 'story.txt' },
      signer,
      { timeoutMs: 60_000 },
    )
    const id = await library.addIngested(state, summary)
    expect(id).toBe(summary.id)
    const snapshot = await fs.readFile(path.join(library.folderOf(id), 'snapshot'))
    expect(Buffer.from(decodeSnapshot(snapshot)).equals(Buffer.from(state))).toBe(true)
    expect(library.isOpen(id)).toBe(false)
    expect((await library.list()).dossiers).toEqual([summary])
  })
})

describe("a worker's message the host must refuse", () => {
  it('refuses an unsafe id, as the library always has, and adds nothing', async () => {
    const { dir, library } = await openLibrary()
    const before = await folderContents(dir)
    const refused = tamperedImport(library, 'unsafe-id.txt')
    await expect(refused).rejects.toThrow(LibraryError)
    await expect(refused).rejects.toThrow(
      'refusing to store a dossier with the unsafe id "../../escaped"',
    )
    expect(await folderContents(dir)).toEqual(before)
    expect(await library.ids()).toEqual([])
  })

  it.each([
    ['a summary without its counts', 'no-counts.txt', /summary\.counts/],
    [
      'claims that are not the sum of the counts',
      'claims-miscounted.txt',
      /sum of its status counts/,
    ],
  ])('refuses %s, saying so, and adds nothing', async (_what, filename, problem) => {
    const { dir, library } = await openLibrary()
    const before = await folderContents(dir)
    const refused = tamperedImport(library, filename)
    await expect(refused).rejects.toThrow(
      /^story import failed: the import worker sent a message the host does not accept \(.+\); nothing was added$/,
    )
    await expect(refused).rejects.toThrow(problem)
    expect(await folderContents(dir)).toEqual(before)
    expect(await library.ids()).toEqual([])
  })

  it('takes the stand-in worker at its word otherwise: the seam changes nothing else', async () => {
    const { library } = await openLibrary()
    const id = await tamperedImport(library, 'story.txt')
    expect(await library.ids()).toEqual([id])
  })
})
