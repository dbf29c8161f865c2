import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { cli } from '../support/run-cli'
import { tempDir } from '../support/temp-dir'
import { STORY_MARKDOWN } from './fixtures'

const setup = async () => {
  const dir = await tempDir()
  const data = path.join(dir, 'library')
  const story = path.join(dir, 'ferry.md')
  await fs.writeFile(story, STORY_MARKDOWN)
  const run = (...args: string[]) => cli([...args, '--data', data], { cwd: dir })
  // Named, so an import or decision prints no hint about a default name (unnamed-hint.ts).
  await run('identity', '--name', 'Test Editor')
  return { dir, data, story, run }
}

const importStory = async (run: (...args: string[]) => ReturnType<typeof cli>, story: string) => {
  const result = await run('import', story)
  expect(result.stderr).toBe('')
  expect(result.code).toBe(0)
  return result.stdout.trim()
}

describe('dossier CLI', () => {
  it('imports a story, lists it and shows its claims', async () => {
    const { run, story } = await setup()
    const id = await importStory(run, story)
    expect(id).toMatch(/^m_[0-9a-z]+$/)
    const list = await run('list')
    expect(list.code).toBe(0)
    expect(list.stdout).toContain(id)
    expect(list.stdout).toContain('Ferry capsizes off Kessel Point')
    const show = await run('show', id.slice(0, 6))
    expect(show.code).toBe(0)
    expect(show.stdout).toMatch(/unverified/)
    expect(show.stdout).toMatch(/coast guard/i)
    const json = JSON.parse((await run('show', id, '--json')).stdout)
    expect(json.claims.length).toBeGreaterThanOrEqual(4)
    expect(json.counts.unverified).toBe(json.claims.length)
  })

  it('records a signed decision and shows it in the claim history', async () => {
    const { run, story } = await setup()
    const id = await importStory(run, story)
    await run('identity', '--name', 'Ana Ruiz')
    const decided = await run('status', id, '1', 'confirmed', '--rationale', 'Coast guard log seen')
    expect(decided.code).toBe(0)
    expect(decided.stdout).toMatch(/claim #1 is now confirmed; decision d_/)
    const claim = await run('show', id, '1')
    expect(claim.stdout).toMatch(/confirmed by Ana Ruiz \(current\)/)
    expect(claim.stdout).toContain('Coast guard log seen')
    expect(claim.stdout).not.toMatch(/TAMPERED|UNSIGNED/)
    const listed = await run('list', '--json')
    expect(JSON.parse(listed.stdout).dossiers[0].counts.confirmed).toBe(1)
  })

  it.each(['md', 'html', 'csv', 'claimreview', 'json'])('exports %s to a file', async (format) => {
    const { run, story, dir } = await setup()
    const id = await importStory(run, story)
    await run('status', id, '1', 'confirmed', '--rationale', 'ok')
    const out = path.join(dir, `report.${format}`)
    const result = await run('export', id, '--format', format, '--out', out)
    expect(result.code).toBe(0)
    const text = await fs.readFile(out, 'utf8')
    expect(text).toContain(format === 'claimreview' ? 'ClaimReview' : 'coast guard')
  })

  it('round-trips a dossier through its JSON export', async () => {
    const { run, story, dir } = await setup()
    const id = await importStory(run, story)
    await run('status', id, '2', 'disputed', '--rationale', 'Hospital says otherwise')
    const out = path.join(dir, 'copy.json')
    await run('export', id, '--format', 'json', '--out', out)
    const copy = await run('import', out)
    expect(copy.code).toBe(0)
    const copyId = copy.stdout.trim()
    // The original is still in the library, so the copy gets its own id.
    expect(copyId).not.toBe(id)
    const original = JSON.parse((await run('show', id, '--json')).stdout)
    const imported = JSON.parse((await run('show', copyId, '--json')).stdout)
    expect(imported.claims).toEqual(original.claims)
    expect(imported.counts).toEqual(original.counts)
    expect((await run('show', copyId, '2')).stdout).not.toMatch(/TAMPERED|UNSIGNED/)
  })

  it('prints the command list and per-command help', async () => {
    const top = await cli(['--help'])
    expect(top.code).toBe(0)
    for (const name of ['import', 'list', 'show', 'status', 'export'])
      expect(top.stdout).toContain(name)
    for (const name of ['import', 'list', 'show', 'status', 'export', 'identity', 'sample']) {
      const help = await cli([name, '--help'])
      expect(help.code).toBe(0)
      expect(help.stdout).toMatch(new RegExp(`^Usage: dossier ${name}`))
    }
  })
})

describe('dossier CLI and the library on disk', () => {
  const holders: ChildProcess[] = []
  afterEach(() => {
    for (const child of holders.splice(0)) child.kill('SIGKILL')
  })

  it('moves a dossier between libraries as one .dossier file', async () => {
    const { run, story, dir } = await setup()
    const id = await importStory(run, story)
    await run('status', id, '1', 'confirmed', '--rationale', 'Coast guard log seen')
    const file = path.join(dir, 'ferry.dossier')
    expect(await run('export', id, '--format', 'dossier', '--out', file)).toMatchObject({ code: 0 })
    const other = path.join(dir, 'other-library')
    const imported = await cli(['import', file, '--data', other])
    expect(imported).toMatchObject({ code: 0, stdout: `${id}\n`, stderr: '' })
    const shown = await cli(['show', id, '1', '--data', other])
    expect(shown.stdout).toMatch(/confirmed by .* \(current\)/)
    expect(shown.stdout).not.toMatch(/TAMPERED|UNSIGNED/)
    // Into the library it came from: a copy, unless asked to merge.
    const copy = await run('import', file)
    expect(copy.stdout.trim()).not.toBe(id)
    expect(await run('import', file, '--merge')).toMatchObject({
      code: 0,
      stdout: `${id}\n`,
      stderr: `merged into dossier ${id}\n`,
    })
  })

  it('refuses a damaged .dossier file in one line and adds nothing', async () => {
    const { run, story, dir } = await setup()
    const id = await importStory(run, story)
    const file = path.join(dir, 'cut.dossier')
    await run('export', id, '--format', 'dossier', '--out', file)
    const bytes = await fs.readFile(file)
    await fs.writeFile(file, bytes.subarray(0, bytes.length - 10))
    const result = await run('import', file)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      /^dossier: cannot import this \.dossier file: the file is cut short \(\d+ of \d+ bytes\); nothing was added to the library\n$/,
    )
    expect(JSON.parse((await run('list', '--json')).stdout).dossiers).toHaveLength(1)
  })

  it('warns about what recovery did, and goes on', async () => {
    const { run, story, data } = await setup()
    const id = await importStory(run, story)
    await run('status', id, '1', 'confirmed', '--rationale', 'first')
    // A crash mid-write leaves half a record at the end of the log.
    await fs.appendFile(path.join(data, 'dossiers', id, 'log'), Buffer.from([0, 0, 0, 40, 1, 2]))
    const shown = await run('show', id)
    expect(shown.code).toBe(0)
    expect(shown.stderr).toBe(
      `warning: dossier ${id}: an unfinished last change (6 bytes, never confirmed as saved) was cut off the log\n`,
    )
    expect(shown.stdout).toMatch(/confirmed/)
  })

  it('says in one line that the host holding the library does not answer', async () => {
    const { run, data } = await setup()
    await fs.mkdir(data, { recursive: true })
    const holder = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        path.resolve(import.meta.dirname, '../host/library/lock-holder.ts'),
        data,
        'go',
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    )
    holders.push(holder)
    await new Promise<void>((resolve) =>
      holder.stdout!.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('locked')) resolve()
      }),
    )
    const result = await run('list')
    expect(result).toEqual({
      code: 1,
      stdout: '',
      // lock-holder.ts names an endpoint on port 1, where nothing listens.
      stderr: `dossier: the library is in use by ${holder.pid} on ${os.hostname()}, but its host at ws://127.0.0.1:1 does not answer: connection refused\n`,
    })
  })
})

describe('dossier CLI errors', () => {
  const oneLine = (text: string) => text.trim().split('\n')[0]!

  it('explains an unknown dossier id', async () => {
    const { run } = await setup()
    const result = await run('show', 'm_nothere')
    expect(result.code).toBe(1)
    expect(oneLine(result.stderr)).toMatch(/^dossier: no dossier "m_nothere" in .*dossier list/)
    expect(result.stdout).toBe('')
  })

  it('explains an unknown claim and an unknown status', async () => {
    const { run, story } = await setup()
    const id = await importStory(run, story)
    const noClaim = await run('status', id, '99', 'confirmed', '--rationale', 'x')
    expect(noClaim.code).toBe(2)
    expect(noClaim.stderr).toMatch(/no claim "99"/)
    const badStatus = await run('status', id, '1', 'true', '--rationale', 'x')
    expect(badStatus.code).toBe(2)
    expect(badStatus.stderr).toMatch(
      /unknown status "true"; use one of unverified, confirmed, disputed, retracted/,
    )
    const noRationale = await run('status', id, '1', 'confirmed')
    expect(noRationale.stderr).toMatch(/needs --rationale/)
  })

  it('refuses a file that is missing, binary, not UTF-8 or a damaged export', async () => {
    const { run, dir } = await setup()
    expect((await run('import', 'missing.txt')).stderr).toMatch(
      /cannot read .*missing.txt: it does not exist/,
    )
    await fs.writeFile(path.join(dir, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10]))
    expect((await run('import', 'photo.jpg')).stderr).toMatch(/binary file/)
    await fs.writeFile(
      path.join(dir, 'latin1.txt'),
      Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61]),
    )
    expect((await run('import', 'latin1.txt')).stderr).toMatch(/not UTF-8/)
    await fs.writeFile(
      path.join(dir, 'bad.json'),
      '{"format": "verification-desk.dossier+json", "version": 1, "meta": {}}',
    )
    const bad = await run('import', 'bad.json')
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(/^dossier: damaged dossier export/)
    expect(JSON.parse((await run('list', '--json')).stdout).dossiers).toEqual([])
  })

  it('refuses an empty story', async () => {
    const { run, dir } = await setup()
    await fs.writeFile(path.join(dir, 'empty.txt'), '  \n\n ')
    const result = await run('import', 'empty.txt')
    expect(result.code).toBe(1)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('explains a damaged dossier snapshot, sets it aside and never writes over it', async () => {
    const { run, story, data } = await setup()
    const id = await importStory(run, story)
    const folder = path.join(data, 'dossiers', id)
    const bytes = await fs.readFile(path.join(folder, 'snapshot'))
    bytes[bytes.length - 3] = bytes[bytes.length - 3]! ^ 0x55
    await fs.writeFile(path.join(folder, 'snapshot'), bytes)
    const result = await run('status', id, '1', 'confirmed', '--rationale', 'x')
    expect(result.code).toBe(1)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(
      new RegExp(
        `^dossier: dossier ${id} cannot be opened: nothing readable is left \\(the snapshot is damaged \\(checksum mismatch\\); it was moved to snapshot\\.damaged-`,
      ),
    )
    const aside = (await fs.readdir(folder)).filter((name) => name.startsWith('snapshot.damaged-'))
    expect(aside).toHaveLength(1)
    expect(await fs.readFile(path.join(folder, aside[0]!))).toEqual(bytes)
    // Asked again, it says the same and still writes nothing where the damaged file was.
    const again = await run('show', id)
    expect(again.code).toBe(1)
    expect(again.stderr).toMatch(/nothing readable is left.*snapshot\.damaged-.*\.dossier backup/)
    await expect(fs.access(path.join(folder, 'snapshot'))).rejects.toThrow()
    const list = await run('list')
    expect(list.code).toBe(0)
    expect(list.stderr).toContain(`warning: dossier ${id} cannot be opened`)
  })

  it('explains an unusable library folder', async () => {
    const { dir } = await setup()
    await fs.writeFile(path.join(dir, 'plain-file'), 'x')
    const result = await cli(['list', '--data', path.join(dir, 'plain-file')])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      /^dossier: cannot use the library folder .*plain-file: a file stands where a folder should be/,
    )
  })

  it('explains usage mistakes', async () => {
    expect(await cli(['frobnicate'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/unknown command "frobnicate"/),
    })
    expect(await cli(['export', 'm_x'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/export needs --format/),
    })
    expect(await cli(['export', 'm_x', '--format', 'pdf'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/unknown format "pdf"/),
    })
    expect(await cli(['list', '--colour'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/Unknown option '--colour'/),
    })
  })
})
