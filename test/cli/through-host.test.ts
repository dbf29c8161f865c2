import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { exportDossierFile, readDossierFile } from '../../src/main/host/library/dossier-transfer'
import { readLock } from '../../src/main/host/library/library'
import { Dossier } from '../../src/shared/dossier'
import { alice } from '../support/dossier-fixtures'
import { ensureBuiltApp } from '../host/serve/support/built-app'
import { CLAIM_TEXTS, libraryWithDossier } from '../host/serve/support/serve-library'
import { killServes, startServe } from '../host/serve/support/serve-process'
import { eventually } from '../host/sync/support/eventually'
import { wsReplica } from '../host/sync/support/replicas'
import { cli, cliProcess } from '../support/run-cli'
import { tempDir } from '../support/temp-dir'
import { STORY_MARKDOWN } from './fixtures'

beforeAll(ensureBuiltApp, 180_000)
afterEach(killServes)

const listed = async (run: (...args: string[]) => ReturnType<typeof cli>): Promise<string[]> => {
  const result = await run('list', '--json')
  expect(result).toMatchObject({ code: 0, stderr: '' })
  return (JSON.parse(result.stdout) as { dossiers: { id: string }[] }).dossiers.map(({ id }) => id)
}

describe('dossier commands while dossier serve holds the library', () => {
  it('list, status, show, export and import go through the running host', async () => {
    const dir = await tempDir()
    const data = path.join(dir, 'library')
    const id = await libraryWithDossier(data)
    const serve = await startServe({ dataDir: data })
    const run = (...args: string[]) => cli([...args, '--data', data], { cwd: dir })
    const watcher = await wsReplica(serve.syncUrl, id, serve.token)
    await watcher.synced

    // The identity needs no lock at all.
    const named = await run('identity', '--name', 'Ana Ruiz')
    expect(named).toMatchObject({ code: 0, stderr: '' })
    expect(named.stdout).toMatch(/^Ana Ruiz\nkey [0-9a-f]{64}\n/)

    const list = await run('list')
    expect(list).toMatchObject({ code: 0, stderr: '' })
    expect(list.stdout).toContain(id)
    expect(list.stdout).toContain('Dam failure')

    // The real executable, by id prefix: it must end on its own, and only once the host has
    // said the decision is on disk.
    const decided = await cliProcess(
      ['status', id.slice(0, 6), '2', 'disputed', '--rationale', 'Hospital lists give 27'],
      { DOSSIER_DATA: data },
    )
    expect(decided).toMatchObject({ code: 0, stderr: '' })
    const decisionId = /^claim #2 is now disputed; decision (d_\w+)\n$/.exec(decided.stdout)?.[1]
    expect(decisionId).toBeDefined()

    // Another replica of the host sees it live, signed by this device.
    const claimId = Dossier.open(watcher.doc).claims()[1]!.id
    await eventually(() => expect(Dossier.open(watcher.doc).claim(claimId)?.label).toBe('disputed'))
    const seen = Dossier.open(watcher.doc)
    const decision = seen.decisions(claimId).find((item) => item.id === decisionId)!
    expect(seen.verification(decision)).toBe('signed')
    expect(seen.authorName(decision.author)).toBe('Ana Ruiz')

    const shown = await run('show', id, '2')
    expect(shown).toMatchObject({ code: 0, stderr: '' })
    expect(shown.stdout).toContain(CLAIM_TEXTS[1])
    expect(shown.stdout).toMatch(/disputed by Ana Ruiz \(current\)/)
    expect(shown.stdout).not.toMatch(/TAMPERED|UNSIGNED/)

    const md = await run('export', id, '--format', 'md')
    expect(md).toMatchObject({ code: 0, stderr: '' })
    expect(md.stdout).toContain('Hospital lists give 27')
    const file = path.join(dir, 'dam.dossier')
    expect(await run('export', id, '--format', 'dossier', '--out', file)).toMatchObject({ code: 0 })
    // The same dossier, edited elsewhere (by alice), merges into the host's copy.
    const elsewhere = readDossierFile(await fs.readFile(file))
    const claim3 = elsewhere.dossier.claims()[2]!.id
    elsewhere.dossier.decide(claim3, { status: 'retracted', rationale: 'Withdrawn' }, alice)
    await fs.writeFile(file, exportDossierFile(elsewhere.dossier.doc, elsewhere.dossier))
    expect(await run('import', file, '--merge')).toEqual({
      code: 0,
      stdout: `${id}\n`,
      stderr: `merged into dossier ${id}\n`,
    })
    await eventually(() => expect(Dossier.open(watcher.doc).claim(claim3)?.label).toBe('retracted'))

    await fs.writeFile(path.join(dir, 'story.md'), STORY_MARKDOWN)
    const story = await run('import', 'story.md')
    expect(story).toMatchObject({ code: 0, stderr: '' })
    const storyId = story.stdout.trim()
    expect(await run('export', id, '--format', 'json', '--out', 'dam.json')).toMatchObject({
      code: 0,
    })
    const copy = await run('import', 'dam.json')
    expect(copy).toMatchObject({ code: 0, stderr: '' })
    const copyId = copy.stdout.trim()
    expect(copyId).not.toBe(id)
    const sample = await run('sample')
    expect(sample).toMatchObject({ code: 0, stderr: '' })
    const sampleId = sample.stdout.trim()
    // The sample comes with a frozen version to compare with, frozen through the host too.
    expect((await run('versions', sampleId)).stdout).toContain('Sunday evening check')
    const all = new Set([id, storyId, copyId, sampleId])
    expect(new Set(await listed(run))).toEqual(all)
    expect((await run('show', copyId, '2')).stdout).toMatch(/disputed by Ana Ruiz \(current\)/)

    // Only the host owns the folder, all along; a second serve is turned away as before.
    expect(await readLock(data)).toMatchObject({ pid: serve.pid, live: true })
    expect(await cli(['serve', '--data', data])).toEqual({
      code: 1,
      stdout: '',
      stderr: `dossier: the library is in use by ${serve.pid} on ${os.hostname()} (dossier serve?)\n`,
    })

    // Stopped, the host leaves on disk everything the commands did through it.
    expect(await serve.stop('SIGTERM')).toEqual({ code: 0, signal: null })
    const saved = JSON.parse((await run('show', id, '2', '--json')).stdout) as {
      label: string
      decisions: { id: string }[]
    }
    expect(saved.label).toBe('disputed')
    expect(saved.decisions.map((item) => item.id)).toContain(decisionId)
    expect(new Set(await listed(run))).toEqual(all)
  }, 60_000)
})
