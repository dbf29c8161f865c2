import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli } from '../support/run-cli'
import { tempDir } from '../support/temp-dir'
import { docx, gzip, pdf, png, randomBytes } from '../shared/ingest/binary-files'
import { PARAGRAPHS } from '../shared/ingest/language-samples'

const ASK = "not a story: import the story's text, HTML or Markdown"

const setup = async () => {
  const dir = await tempDir()
  const data = path.join(dir, 'library')
  const run = (...args: string[]) => cli([...args, '--data', data], { cwd: dir })
  // Named, so an import or decision prints no hint about a default name (unnamed-hint.ts).
  await run('identity', '--name', 'Test Editor')
  const write = async (name: string, content: Uint8Array | string) => {
    const file = path.join(dir, name)
    await fs.writeFile(file, content)
    return file
  }
  const ids = async () => {
    const listed = await run('list', '--json')
    expect(listed.code).toBe(0)
    return (JSON.parse(listed.stdout) as { dossiers: { id: string }[] }).dossiers.map(
      ({ id }) => id,
    )
  }
  const meta = async (id: string) => {
    const exported = await run('export', id, '--format', 'json')
    expect(exported).toMatchObject({ code: 0, stderr: '' })
    return (JSON.parse(exported.stdout) as { meta: { language: string; direction: string } }).meta
  }
  return { dir, run, write, ids, meta }
}

describe('dossier import of a file that is not a story', () => {
  it('refuses a PNG, saying what it is, and adds nothing', async () => {
    const { run, write, ids } = await setup()
    const file = await write('photo.png', png())
    const result = await run('import', 'photo.png')
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: `dossier: ${file} is a PNG image (a binary file), ${ASK}\n`,
    })
    expect(await ids()).toEqual([])
  })

  it.each([
    ['report.pdf', () => pdf(), 'a PDF document (a binary file)'],
    ['draft.docx', docx, 'a Word document (a binary file)'],
    ['notes.txt.gz', () => gzip(), 'a gzip archive (a binary file)'],
    ['story.txt', () => randomBytes(7, 30_000), 'binary data'],
  ])('refuses %s, whatever its name says', async (name, make, what) => {
    const { run, write, ids } = await setup()
    const file = await write(name, make())
    const result = await run('import', name)
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(`dossier: ${file} is ${what}, ${ASK}\n`)
    // Naming a story format does not get it in either.
    expect((await run('import', name, '--format', 'text')).stderr).toBe(result.stderr)
    expect(await ids()).toEqual([])
  })

  it('says a large image is an image, not that it is too large', async () => {
    const { run, write, ids } = await setup()
    const picture = new Uint8Array(21 * 1024 * 1024)
    picture.set(png())
    const file = await write('scan.png', picture)
    const result = await run('import', 'scan.png')
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(`dossier: ${file} is a PNG image (a binary file), ${ASK}\n`)
    expect(await ids()).toEqual([])
  })

  it('imports UTF-16 with a byte order mark, and says what to do with UTF-16 without one', async () => {
    const { run, write, meta } = await setup()
    const story = `# Fermeture du pont\n\n${PARAGRAPHS['fr']}\n`
    await write('pont.txt', Uint8Array.from([0xff, 0xfe, ...Buffer.from(story, 'utf16le')]))
    const imported = await run('import', 'pont.txt')
    expect(imported).toMatchObject({ code: 0, stderr: '' })
    const id = imported.stdout.trim()
    expect(await meta(id)).toMatchObject({ language: 'fr', direction: 'ltr' })
    const shown = await run('show', id)
    expect(shown.stdout).toContain('Fermeture du pont')

    const file = await write('bare.txt', Buffer.from(story, 'utf16le'))
    expect((await run('import', 'bare.txt')).stderr).toBe(
      `dossier: ${file} is UTF-16 text without a byte order mark: save it as UTF-8 and import it again\n`,
    )
  })
})

describe('dossier import sets the language of the story', () => {
  it('from its text: an Arabic story is ar and right-to-left', async () => {
    const { run, write, meta } = await setup()
    await write('jisr.md', `# انهيار جسر في المدينة\n\n${PARAGRAPHS['ar']}\n`)
    const imported = await run('import', 'jisr.md')
    expect(imported).toMatchObject({ code: 0, stderr: '' })
    expect(await meta(imported.stdout.trim())).toEqual(
      expect.objectContaining({ language: 'ar', direction: 'rtl' }),
    )
  })

  it('unless --language names it', async () => {
    const { run, write, meta } = await setup()
    await write('jisr.txt', PARAGRAPHS['ar']!)
    const imported = await run('import', 'jisr.txt', '--language', 'fa')
    expect(imported).toMatchObject({ code: 0, stderr: '' })
    expect(await meta(imported.stdout.trim())).toMatchObject({ language: 'fa', direction: 'rtl' })
  })
})
