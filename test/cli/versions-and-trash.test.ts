import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { LibraryLock } from '../../src/main/host/library/library-lock'
import { onCleanup } from '../support/cleanup'
import { cli } from '../support/run-cli'
import { tempDir } from '../support/temp-dir'
import { STORY_MARKDOWN } from './fixtures'

type Run = (...args: string[]) => ReturnType<typeof cli>

const setup = async () => {
  const dir = await tempDir()
  const data = path.join(dir, 'library')
  const story = path.join(dir, 'ferry.md')
  await fs.writeFile(story, STORY_MARKDOWN)
  const run: Run = (...args) => cli([...args, '--data', data], { cwd: dir })
  // Named, so an import or decision prints no hint about a default name (unnamed-hint.ts).
  await run('identity', '--name', 'Test Editor')
  const imported = await run('import', story)
  expect(imported.code).toBe(0)
  return { data, run, id: imported.stdout.trim() }
}

/** Runs a command that must succeed, and returns its output. */
const ok = async (run: Run, ...args: string[]): Promise<string> => {
  const result = await run(...args)
  expect(result.stderr).toBe('')
  expect(result.code).toBe(0)
  return result.stdout
}

const claimTexts = async (run: Run, id: string): Promise<string[]> =>
  (JSON.parse(await ok(run, 'show', id, '--json')) as { claims: { text: string }[] }).claims.map(
    (claim) => claim.text,
  )

describe('dossier versions, freeze and diff', () => {
  it('freezes versions, lists them and shows a status change between them', async () => {
    const { run, id } = await setup()
    const first = (await ok(run, 'freeze', id, 'published 28 Nov')).trim()
    await ok(run, 'status', id, '2', 'disputed', '--rationale', 'Hospital lists say otherwise')
    const second = (await ok(run, 'freeze', id, 'corrected 29 Nov')).trim()
    expect(first).toMatch(/^v\d+$/)
    expect(second).not.toBe(first)

    const listed = await ok(run, 'versions', id)
    expect(listed).toMatch(
      new RegExp(`published 28 Nov\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\s+${first}`),
    )
    expect(listed).toMatch(new RegExp(`corrected 29 Nov\\s+\\S+ \\S+\\s+${second}`))
    const json = JSON.parse(await ok(run, 'versions', id, '--json'))
    expect(json.versions.map((v: { name: string }) => v.name)).toEqual([
      'published 28 Nov',
      'corrected 29 Nov',
    ])

    const diff = await ok(run, 'diff', id, first, 'corrected 29 Nov')
    expect(diff).toMatch(/Status changed:\n {2}#2 unverified -> disputed/)
    expect(diff).not.toMatch(/Added|Removed/)
    const diffJson = JSON.parse(await ok(run, 'diff', id, first, second, '--json'))
    expect(diffJson.statusChanged).toHaveLength(1)
    expect(diffJson.statusChanged[0]).toMatchObject({ from: 'unverified', to: 'disputed' })
    expect(diffJson.added).toEqual([])

    expect(await ok(run, 'diff', id, second, 'current')).toBe(
      `No differences between ${second} and current.\n`,
    )
    await ok(run, 'status', id, '1', 'confirmed', '--rationale', 'Coast guard log seen')
    expect(await ok(run, 'diff', id, second, 'current')).toMatch(/#1 unverified -> confirmed/)
  })

  it('fails with one line on an unknown version or dossier', async () => {
    const { run, id } = await setup()
    await ok(run, 'freeze', id, 'first')
    const unknown = await run('diff', id, 'v1', 'v9')
    expect(unknown.code).toBe(1)
    expect(unknown.stdout).toBe('')
    expect(unknown.stderr).toMatch(/^dossier: no version "v9" \(versions: v1 "first"\)\n$/)
    const noDossier = await run('versions', 'm_nothere')
    expect(noDossier.code).toBe(1)
    expect(noDossier.stderr).toMatch(/^dossier: no dossier "m_nothere" in .*\n$/)
    const emptyName = await run('freeze', id, '  ')
    expect(emptyName.code).toBe(1)
    expect(emptyName.stderr).toContain('a version needs a name')
  })
})

describe('dossier delete, trash and restore', () => {
  it('moves a dossier to the trash and brings it back with its claims', async () => {
    const { run, id } = await setup()
    await ok(run, 'status', id, '1', 'confirmed', '--rationale', 'Coast guard log seen')
    const claims = await claimTexts(run, id)
    expect(await ok(run, 'trash')).toBe('The trash is empty.\n')

    const deleted = await ok(run, 'delete', id)
    const trashId = /dossier restore (\S+)`/.exec(deleted)?.[1]
    expect(trashId).toMatch(new RegExp(`^${id}@\\d+$`))
    expect(await ok(run, 'list')).not.toContain(id)
    const trash = await ok(run, 'trash')
    expect(trash).toContain(trashId)
    expect(trash).toContain('Ferry capsizes off Kessel Point')

    expect((await ok(run, 'restore', trashId!)).trim()).toBe(id)
    expect(await ok(run, 'list')).toContain(id)
    expect(await ok(run, 'trash')).toBe('The trash is empty.\n')
    expect(await claimTexts(run, id)).toEqual(claims)
    expect(JSON.parse(await ok(run, 'show', id, '--json')).counts.confirmed).toBe(1)
  })

  it('empties one trash entry, or all of them, for good', async () => {
    const { run, id } = await setup()
    const copies = [
      (await ok(run, 'duplicate', id)).trim(),
      (await ok(run, 'duplicate', id)).trim(),
    ]
    expect(await ok(run, 'trash', '--empty')).toBe('The trash was empty.\n')
    for (const dossier of [id, ...copies]) await ok(run, 'delete', dossier)
    expect(await ok(run, 'trash', '--empty', id)).toBe('deleted 1 trash entry for good\n')
    const left = JSON.parse(await ok(run, 'trash', '--json')) as { id: string }[]
    expect(left.map((entry) => entry.id).sort()).toEqual([...copies].sort())
    expect(await ok(run, 'trash', '--empty')).toBe('deleted 2 trash entries for good\n')
    expect(await ok(run, 'trash')).toBe('The trash is empty.\n')
    const gone = await run('restore', id)
    expect(gone.code).toBe(1)
    expect(gone.stderr).toBe(`dossier: nothing called "${id}" is in the trash\n`)
  })

  it('fails with one line on an unknown trash entry', async () => {
    const { run } = await setup()
    const result = await run('restore', 'm_gone@123')
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('dossier: nothing called "m_gone@123" is in the trash\n')
  })
})

describe('dossier rename and duplicate', () => {
  it('renames a dossier', async () => {
    const { run, id } = await setup()
    expect(
      await ok(run, 'rename', id.slice(0, 6), 'Ferry toll revised', '--story', 'Day two'),
    ).toBe(`renamed ${id} to "Ferry toll revised"\n`)
    expect(await ok(run, 'list')).toContain('Ferry toll revised')
    const meta = JSON.parse(await ok(run, 'show', id, '--json')).meta
    expect(meta).toMatchObject({ title: 'Ferry toll revised', story: 'Day two' })
  })

  it('duplicates a dossier with the same claims under a new id', async () => {
    const { run, id } = await setup()
    await ok(run, 'status', id, '2', 'disputed', '--rationale', 'Hospital lists say otherwise')
    const copy = (await ok(run, 'duplicate', id, '--title', 'Ferry, second desk')).trim()
    expect(copy).toMatch(/^m_[0-9a-z]+$/)
    expect(copy).not.toBe(id)
    const list = await ok(run, 'list')
    expect(list).toContain(id)
    expect(list).toContain(copy)
    expect(list).toContain('Ferry, second desk')
    expect(await claimTexts(run, copy)).toEqual(await claimTexts(run, id))
    expect(JSON.parse(await ok(run, 'show', copy, '--json')).counts.disputed).toBe(1)
  })
})

describe('usage, help, and a host holding the library', () => {
  it.each([
    [['rename', 'm_x'], 'rename needs TITLE'],
    [['duplicate'], 'duplicate needs ID'],
    [['delete'], 'delete needs ID'],
    [['restore'], 'restore needs TRASH_REF'],
    [['versions'], 'versions needs ID'],
    [['freeze', 'm_x'], 'freeze needs NAME'],
    [['diff', 'm_x'], 'diff needs A and B'],
    [['trash', 'extra'], 'unexpected argument "extra"'],
    [['trash', '--empty', 'a', 'b'], 'unexpected argument "b"'],
    [['trash', '--empty', '--json'], '--empty takes no --json'],
  ])('%j fails as a usage error', async (args, message) => {
    const { run } = await setup()
    const result = await run(...args)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr.split('\n')[0]).toBe(`dossier: ${message}`)
  })

  it.each(['rename', 'duplicate', 'delete', 'trash', 'restore', 'versions', 'freeze', 'diff'])(
    '%s --help prints its usage',
    async (name) => {
      const result = await cli([name, '--help'])
      expect(result.code).toBe(0)
      expect(result.stdout).toMatch(new RegExp(`^Usage: dossier ${name}\\b.*\\n\\n\\S`))
    },
  )

  it('goes through a live host that holds the library, and says so when it does not answer', async () => {
    const { data, run, id } = await setup()
    const lock = await LibraryLock.acquire(data, {
      endpoint: { url: 'ws://127.0.0.1:9', token: 't' },
    })
    onCleanup(() => lock.release())
    for (const args of [
      ['trash'],
      ['trash', '--empty'],
      ['freeze', id, 'while served'],
      ['delete', id],
      ['rename', id, 'New title'],
      ['duplicate', id],
      ['restore', id],
      ['versions', id],
      ['diff', id, 'v1', 'current'],
      ['show', id, '--version', 'v1'],
    ]) {
      const result = await run(...args)
      expect(result.code).toBe(1)
      expect(result.stderr).toMatch(
        /^dossier: the library is in use by \d+ on .+, but its host at ws:\/\/127\.0\.0\.1:9\S* does not answer: connection refused\n$/,
      )
    }
    await lock.release()
    expect(await ok(run, 'versions', id)).toMatch(/No versions/)
  })
})

describe('dossier show --version', () => {
  it('shows a frozen version read-only, as it was when frozen', async () => {
    const { run, id } = await setup()
    const version = (await ok(run, 'freeze', id, 'published 28 Nov')).trim()
    await ok(run, 'status', id, '2', 'retracted', '--rationale', 'The governor withdrew it')
    const frozen = await ok(run, 'show', id, '--version', version)
    expect(frozen).toMatch(
      new RegExp(`^Version ${version} "published 28 Nov", frozen .* \\(read-only\\)`),
    )
    const frozenClaim = JSON.parse(
      await ok(run, 'show', id, '2', '--version', 'published 28 Nov', '--json'),
    )
    expect(frozenClaim.label).toBe('unverified')
    const currentClaim = JSON.parse(await ok(run, 'show', id, '2', '--json'))
    expect(currentClaim.label).toBe('retracted')
    const missing = await run('show', id, '--version', 'v99')
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/^dossier: no version "v99"/)
  })
})
