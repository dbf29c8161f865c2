import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadOrCreateIdentity } from '../../src/main/host/library/identity-store'
import { testKeychain } from '../host/library/test-key-protection'
import { cli } from '../support/run-cli'
import { tempDir } from '../support/temp-dir'
import { STORY_MARKDOWN } from './fixtures'

/** A library with one dossier whose identity the desktop app has since sealed with its keychain. */
const sealedLibrary = async () => {
  const dir = await tempDir()
  const data = path.join(dir, 'library')
  const story = path.join(dir, 'ferry.md')
  await fs.writeFile(story, STORY_MARKDOWN)
  const run = (...args: string[]) => cli([...args, '--data', data], { cwd: dir })
  await run('identity', '--name', 'Ana Ruiz')
  const id = (await run('import', story)).stdout.trim()
  await loadOrCreateIdentity(data, undefined, undefined, testKeychain())
  const file = path.join(data, 'identity.json')
  return { run, id, story, file, before: await fs.readFile(file, 'utf8') }
}

describe('dossier and a signing key sealed by the app’s keychain', () => {
  it('says what guards the key: a file only, or the keychain', async () => {
    const data = path.join(await tempDir(), 'library')
    const plain = await cli(['identity', '--data', data])
    expect(plain.code).toBe(0)
    expect(plain.stdout).toMatch(
      /\nsigning key: stored in a file only your user account can read; no system keychain protects it/,
    )
    await loadOrCreateIdentity(data, undefined, undefined, testKeychain())
    const sealed = await cli(['identity', '--data', data])
    expect(sealed.code).toBe(0)
    expect(sealed.stdout).toMatch(
      /^.+\nkey [0-9a-f]{64}\nin .+\nsigning key: protected by the system keychain/,
    )
  })

  it('keeps reading, showing and renaming', async () => {
    const { run, id, file, before } = await sealedLibrary()
    expect((await run('list')).stdout).toContain(id)
    const show = await run('show', id, '1')
    expect(show.code).toBe(0)
    expect((await run('export', id, '--format', 'json')).code).toBe(0)
    const renamed = await run('identity', '--name', 'Ana R.')
    expect(renamed.code).toBe(0)
    expect(renamed.stdout).toMatch(/^Ana R\.\n/)
    const { sealedSecretKey } = JSON.parse(before) as { sealedSecretKey: string }
    expect(JSON.parse(await fs.readFile(file, 'utf8'))).toMatchObject({
      version: 2,
      name: 'Ana R.',
      sealedSecretKey,
    })
  })

  it('refuses to sign, saying why and what to do, and changes nothing', async () => {
    const { run, id, story, file, before } = await sealedLibrary()
    const decided = await run('status', id, '1', 'confirmed', '--rationale', 'Coast guard log')
    expect(decided.code).toBe(1)
    expect(decided.stderr).toMatch(
      /^dossier: this device's signing key \(.*identity\.json\) is protected by the system keychain through the Verification Desk app, and this command cannot open it: what needs the key \(signing a decision or an import, dossier serve, LAN sharing\) works only in the app, so do this there instead; commands that only read/,
    )
    expect(decided.stdout).toBe('')
    expect((await run('show', id, '1')).stdout).toMatch(/unverified/)

    const imported = await run('import', story)
    expect(imported.code).toBe(1)
    expect(imported.stderr).toMatch(/cannot open it: what needs the key/)
    expect((await run('list', '--json')).stdout.match(/"id"/g)?.length ?? 0).toBeLessThanOrEqual(1)
    expect(await fs.readFile(file, 'utf8')).toBe(before)
  })
})
