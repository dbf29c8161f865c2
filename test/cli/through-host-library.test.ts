import * as path from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { Dossier } from '../../src/shared/dossier'
import { LIBRARY_ROOM } from '../../src/shared/protocol'
import { alice } from '../support/dossier-fixtures'
import { ensureBuiltApp } from '../host/serve/support/built-app'
import { CLAIM_TEXTS, libraryWithDossier } from '../host/serve/support/serve-library'
import { killServes, startServe } from '../host/serve/support/serve-process'
import type { ServeProcess } from '../host/serve/support/serve-process'
import { eventually } from '../host/sync/support/eventually'
import { wsReplica } from '../host/sync/support/replicas'
import { cli } from '../support/run-cli'
import { sessionClient } from '../support/session-client'
import { tempDir } from '../support/temp-dir'

beforeAll(ensureBuiltApp, 180_000)
afterEach(killServes)

type Run = (...args: string[]) => ReturnType<typeof cli>

/** Runs a command that must succeed through the host, and returns what it printed. */
const ok = async (run: Run, ...args: string[]): Promise<string> => {
  const result = await run(...args)
  expect(result).toMatchObject({ stderr: '', code: 0 })
  return result.stdout
}

/** A library with one dossier, held by a running `dossier serve`. */
const served = async () => {
  const dir = await tempDir()
  const data = path.join(dir, 'library')
  const id = await libraryWithDossier(data)
  const serve = await startServe({ dataDir: data })
  const run: Run = (...args) => cli([...args, '--data', data], { cwd: dir })
  const library = await sessionClient(serve.syncUrl, LIBRARY_ROOM, serve.token)
  await library.synced
  return { data, id, serve, run, library }
}

const titlesIn = async (run: Run): Promise<Map<string, string>> => {
  const { dossiers } = JSON.parse(await ok(run, 'list', '--json')) as {
    dossiers: { id: string; title: string }[]
  }
  return new Map(dossiers.map(({ id, title }) => [id, title]))
}

/** Waits until the host has seen every connection to `id` close (the CLI's own included). */
const noOneOn = (library: Awaited<ReturnType<typeof served>>['library'], id: string) =>
  eventually(async () =>
    expect((await library.session.rpc.call('peers', { dossierId: id })).peers).toEqual([]),
  )

const watch = async (serve: ServeProcess, id: string) => {
  const replica = await wsReplica(serve.syncUrl, id, serve.token)
  await replica.synced
  return replica
}

describe('library commands while dossier serve holds the library', () => {
  it('rename and duplicate go through the host, and its replicas see them live', async () => {
    const { id, serve, run } = await served()
    const watcher = await watch(serve, id)
    expect(
      await ok(run, 'rename', id.slice(0, 6), 'Dam failure, day two', '--story', 'Day 2'),
    ).toBe(`renamed ${id} to "Dam failure, day two"\n`)
    await eventually(() =>
      expect(Dossier.open(watcher.doc).meta()).toMatchObject({
        title: 'Dam failure, day two',
        story: 'Day 2',
      }),
    )
    const copy = (await ok(run, 'duplicate', id, '--title', 'Second desk')).trim()
    expect(copy).toMatch(/^m_[0-9a-z]+$/)
    expect(await titlesIn(run)).toEqual(
      new Map([
        [id, 'Dam failure, day two'],
        [copy, 'Second desk'],
      ]),
    )
    const shown = JSON.parse(await ok(run, 'show', copy, '--json')) as {
      claims: { text: string }[]
    }
    expect(shown.claims.map((claim) => claim.text)).toEqual([...CLAIM_TEXTS])

    const empty = await run('rename', id, '   ')
    expect(empty).toEqual({
      code: 1,
      stdout: '',
      stderr: 'dossier: a title needs 1 to 500 characters\n',
    })
    expect((await serve.stop('SIGTERM')).code).toBe(0)
  }, 60_000)

  it('delete is refused while the dossier is open elsewhere, then moves it; restore brings it back', async () => {
    const { id, serve, run, library } = await served()
    const watcher = await watch(serve, id)
    const refused = await run('delete', id)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(
      new RegExp(
        `^dossier: the host at \\S+ answered busy: dossier ${id} is open in 1 window or connection \\(1 browser tab or tool\\); close it first, then move it to the trash\\n$`,
      ),
    )
    expect(await titlesIn(run)).toEqual(new Map([[id, 'Dam failure']]))

    watcher.drop()
    await noOneOn(library, id)
    const deleted = await ok(run, 'delete', id)
    const trashId = new RegExp(
      `^moved ${id} "Dam failure" to the trash; restore it with \`dossier restore (${id}@\\d+)\`\\n$`,
    ).exec(deleted)?.[1]
    expect(trashId).toBeDefined()
    expect(await titlesIn(run)).toEqual(new Map())
    expect(await ok(run, 'trash')).toMatch(new RegExp(`${trashId}\\s+Dam failure\\s+\\d{4}-`))
    const late = await wsReplica(serve.syncUrl, id, serve.token)
    expect((await late.closed).code).toBe(4404)

    expect(await ok(run, 'restore', trashId!)).toBe(`${id}\n`)
    expect(await ok(run, 'trash')).toBe('The trash is empty.\n')
    const back = await watch(serve, id)
    expect(
      Dossier.open(back.doc)
        .activeClaims()
        .map((claim) => claim.text),
    ).toEqual([...CLAIM_TEXTS])

    // Deleted again, and this time emptied from the trash for good.
    back.drop()
    await noOneOn(library, id)
    await ok(run, 'delete', id)
    expect(await ok(run, 'trash', '--empty')).toBe('deleted 1 trash entry for good\n')
    const gone = await run('restore', id)
    expect(gone).toEqual({
      code: 1,
      stdout: '',
      stderr: `dossier: nothing called "${id}" is in the trash\n`,
    })
    expect((await serve.stop('SIGTERM')).code).toBe(0)
  }, 60_000)

  it('freeze, versions and diff go through the host, with the live state as "current"', async () => {
    const { id, serve, run } = await served()
    expect(await ok(run, 'freeze', id, 'published 28 Nov')).toBe('v1\n')
    // A change made by a replica of the host, not by a command.
    const editor = await watch(serve, id)
    const dossier = Dossier.open(editor.doc)
    const claim = dossier.activeClaims()[1]!
    dossier.decide(claim.id, { status: 'disputed', rationale: 'Hospital lists give 27' }, alice)
    await editor.session.rpc.call('flush', {})

    expect(await ok(run, 'diff', id, 'v1', 'current')).toBe(
      `From v1 to current:\nStatus changed:\n  #2 unverified -> disputed  "${CLAIM_TEXTS[1]}"\n`,
    )
    expect(await ok(run, 'freeze', id, '  corrected  ')).toBe('v2\n')
    const listed = await ok(run, 'versions', id.slice(0, 6))
    expect(listed).toMatch(/published 28 Nov\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+v1\s/)
    expect(listed).toMatch(/corrected\s+\S+ \S+\s+v2\s/)
    const json = JSON.parse(await ok(run, 'versions', id, '--json')) as {
      dossier: string
      versions: { id: string; name: string; counts: { disputed: number } }[]
    }
    expect(json.dossier).toBe(id)
    expect(
      json.versions.map(({ id: version, name, counts }) => [version, name, counts.disputed]),
    ).toEqual([
      ['v1', 'published 28 Nov', 0],
      ['v2', 'corrected', 1],
    ])
    const diff = JSON.parse(await ok(run, 'diff', id, 'published 28 Nov', 'v2', '--json')) as {
      from: string
      statusChanged: { claim: { id: string; number: number }; from: string; to: string }[]
    }
    expect(diff.from).toBe('published 28 Nov')
    expect(diff.statusChanged).toEqual([
      expect.objectContaining({
        claim: expect.objectContaining({ id: claim.id, number: 2 }),
        from: 'unverified',
        to: 'disputed',
      }),
    ])
    expect(await ok(run, 'diff', id, 'v2', 'current')).toBe(
      'No differences between v2 and current.\n',
    )
    // A frozen version, read through the host as it was frozen: claim 2 still unverified in v1.
    const shown = await ok(run, 'show', id, '--version', 'v1')
    expect(shown).toMatch(
      /^Version v1 "published 28 Nov", frozen \d{4}-\d\d-\d\d \d\d:\d\d \(read-only\)\n/,
    )
    const statusIn = async (version: string) =>
      (
        JSON.parse(await ok(run, 'show', id, '2', '--version', version, '--json')) as {
          label: string
        }
      ).label
    expect(await statusIn('v1')).toBe('unverified')
    expect(await statusIn('v2')).toBe('disputed')
    const noVersion = await run('show', id, '--version', 'v9')
    expect(noVersion.code).toBe(1)
    expect(noVersion.stderr).toMatch(/^dossier: no version "v9"/)

    const unknown = await run('diff', id, 'v1', 'v9')
    expect(unknown).toEqual({
      code: 1,
      stdout: '',
      stderr: 'dossier: no version "v9" (versions: v1 "published 28 Nov", v2 "corrected")\n',
    })
    const blank = await run('freeze', id, '  ')
    expect(blank.code).toBe(1)
    expect(blank.stderr).toBe('dossier: a version needs a name of 1 to 200 characters\n')
    const noDossier = await run('versions', 'm_nothere')
    expect(noDossier.code).toBe(1)
    expect(noDossier.stderr).toMatch(/^dossier: no dossier "m_nothere" in .*\n$/)
    expect((await serve.stop('SIGTERM')).code).toBe(0)
  }, 60_000)
})
