import { writeFile } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { importStory } from '../../../src/main/host/import/import-story'
import { currentAccount, defaultEditorName } from '../../../src/main/host/identity/default-name'
import { loadOrCreateIdentity } from '../../../src/main/host/library/identity-store'
import { Library } from '../../../src/main/host/library/library'
import { onCleanup } from '../../support/cleanup'
import { cli } from '../../support/run-cli'
import { tempDir } from '../../support/temp-dir'

const STORY = [
  'Bridge closed after inspection',
  '',
  'The city transport department said on Tuesday that 4 of the 12 bearings were cracked.',
  '',
  'It later said 6 bearings were cracked.',
].join('\n')

const openLibrary = async (): Promise<{ dir: string; library: Library }> => {
  const dir = await tempDir()
  const library = await Library.open(dir)
  onCleanup(() => library.close())
  return { dir, library }
}

/** Who the dossier's signed entries say made them: every author's name and key. */
const authorsOf = async (library: Library, id: string) =>
  library.with(id, ({ dossier }) => dossier.authors().map(({ key, name }) => ({ key, name })))

describe('who an imported story is recorded as made by', () => {
  it('is the device identity’s display name, the one `dossier identity --name` sets', async () => {
    const { dir, library } = await openLibrary()
    const named = await loadOrCreateIdentity(dir, 'Ana Ruiz')
    const id = await importStory(library, { text: STORY, filename: 'bridge.txt' })
    expect(await authorsOf(library, id)).toEqual([{ key: named.publicKey, name: 'Ana Ruiz' }])
  })

  it('follows a rename at once: the next import carries the new name, not a remembered one', async () => {
    const { dir, library } = await openLibrary()
    await loadOrCreateIdentity(dir, 'Ana Ruiz')
    await importStory(library, { text: STORY, filename: 'first.txt' })
    const renamed = await loadOrCreateIdentity(dir, 'Ana Ruiz-Berg')
    const id = await importStory(library, { text: STORY, filename: 'second.txt' })
    expect(await authorsOf(library, id)).toEqual([
      { key: renamed.publicKey, name: 'Ana Ruiz-Berg' },
    ])
  })

  it('is the name given on the command line, not the operating-system user', async () => {
    const dir = await tempDir()
    const data = path.join(dir, 'library')
    const run = (...args: string[]) => cli([...args, '--data', data], { cwd: dir })
    expect((await run('identity', '--name', 'Ana Ruiz')).code).toBe(0)
    await writeFile(path.join(dir, 'bridge.txt'), STORY)
    const imported = await run('import', 'bridge.txt')
    expect(imported.code).toBe(0)
    const exported = await run('export', imported.stdout.trim(), '--format', 'json')
    const names = (JSON.parse(exported.stdout) as { authors: { name: string }[] }).authors.map(
      (author) => author.name,
    )
    expect(names).toEqual(['Ana Ruiz'])
    expect(names).not.toContain(os.userInfo().username)
  })

  it('as an identity never named: the account’s default name, and a hint how to set one', async () => {
    const dir = await tempDir()
    const data = path.join(dir, 'library')
    const run = (...args: string[]) => cli([...args, '--data', data], { cwd: dir })
    await writeFile(path.join(dir, 'bridge.txt'), STORY)
    const imported = await run('import', 'bridge.txt')
    expect(imported.code).toBe(0)
    const name = defaultEditorName(currentAccount())
    if (os.userInfo().uid === 0) expect(name).toBe('Unnamed editor')
    expect(imported.stderr).toBe(
      `recorded as “${name}”: set your name with \`dossier identity --name "Your Name"\`\n`,
    )
    expect(imported.stdout.trim()).toMatch(/^m_/)
    const exported = await run('export', imported.stdout.trim(), '--format', 'json')
    const json = JSON.parse(exported.stdout) as {
      authors: { key: string; name: string }[]
      claims: { createdBy: string }[]
    }
    expect(json.authors.map((author) => author.name)).toEqual([name])
    expect(json.claims.length).toBeGreaterThan(0)
    expect(new Set(json.claims.map((claim) => claim.createdBy))).toEqual(
      new Set([json.authors[0]?.key]),
    )

    expect((await run('identity', '--name', 'Ana Ruiz')).code).toBe(0)
    const named = await run('import', 'bridge.txt')
    expect(named.stderr).toBe('')
  })
})
