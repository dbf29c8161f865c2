import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { IdentityError, loadOrCreateIdentity } from '../../../src/main/host/library/identity-store'
import { tempDir } from '../../support/temp-dir'

describe('device identity', () => {
  it('is created once, readable by its owner only, and kept', async () => {
    const dir = await tempDir()
    const first = await loadOrCreateIdentity(dir, 'Ana')
    const stat = await fs.stat(path.join(dir, 'identity.json'))
    expect(stat.mode & 0o777).toBe(0o600)
    const again = await loadOrCreateIdentity(dir)
    expect(again.publicKey).toBe(first.publicKey)
    expect(again.name).toBe('Ana')
  })

  it('can be renamed without changing its key', async () => {
    const dir = await tempDir()
    const first = await loadOrCreateIdentity(dir, 'Ana')
    const renamed = await loadOrCreateIdentity(dir, 'Ana R.')
    expect(renamed).toMatchObject({ publicKey: first.publicKey, name: 'Ana R.' })
    expect((await fs.stat(path.join(dir, 'identity.json'))).mode & 0o777).toBe(0o600)
  })

  it('is never overwritten when damaged', async () => {
    const dir = await tempDir()
    const file = path.join(dir, 'identity.json')
    await fs.writeFile(file, '{"version": 1, "name": "Ana", "publicKey": "00"')
    await expect(loadOrCreateIdentity(dir)).rejects.toThrow(IdentityError)
    await expect(loadOrCreateIdentity(dir)).rejects.toThrow(/damaged; move it aside/)
    expect(await fs.readFile(file, 'utf8')).toBe('{"version": 1, "name": "Ana", "publicKey": "00"')
  })

  it('refuses a key file whose public key does not match its secret', async () => {
    const dir = await tempDir()
    const good = await loadOrCreateIdentity(dir, 'Ana')
    const file = path.join(dir, 'identity.json')
    const json = JSON.parse(await fs.readFile(file, 'utf8'))
    await fs.writeFile(
      file,
      JSON.stringify({
        ...json,
        publicKey: good.publicKey.replace(/^./, good.publicKey[0] === 'a' ? 'b' : 'a'),
      }),
    )
    await expect(loadOrCreateIdentity(dir)).rejects.toThrow(/does not match/)
  })
})

describe('device identity created by two processes at once', () => {
  it('ends with one key that both use', async () => {
    const dir = await tempDir()
    const signers = await Promise.all(
      Array.from({ length: 8 }, () => loadOrCreateIdentity(dir, 'Ana')),
    )
    expect(new Set(signers.map((signer) => signer.publicKey)).size).toBe(1)
    expect((await loadOrCreateIdentity(dir)).publicKey).toBe(signers[0]!.publicKey)
    expect((await fs.readdir(dir)).filter((name) => name.startsWith('identity'))).toEqual([
      'identity.json',
    ])
  })
})

describe('the default name of a device identity', () => {
  const root = () => ({ username: 'root', uid: 0, fullName: 'root' })
  const ana = () => ({ username: 'ana', uid: 1000, fullName: 'Ana Ruiz' })

  it('is "Unnamed editor" as root, and known as a default until a name is chosen', async () => {
    const dir = await tempDir()
    const created = await loadOrCreateIdentity(dir, undefined, root)
    expect(created).toMatchObject({ name: 'Unnamed editor', chosenName: false })
    const named = await loadOrCreateIdentity(dir, 'Ana Ruiz', root)
    expect(named).toMatchObject({ name: 'Ana Ruiz', chosenName: true })
    expect(await loadOrCreateIdentity(dir, undefined, root)).toMatchObject({
      publicKey: created.publicKey,
      name: 'Ana Ruiz',
      chosenName: true,
    })
  })

  it('treats an older file whose name is the login as a default, and keeps any other name', async () => {
    const dir = await tempDir()
    const file = path.join(dir, 'identity.json')
    const first = await loadOrCreateIdentity(dir, 'x', root)
    const stored = JSON.parse(await fs.readFile(file, 'utf8'))
    // As files were written before the flag: no `named`, the login as the name.
    await fs.writeFile(file, JSON.stringify({ ...stored, named: undefined, name: 'root' }))
    expect(await loadOrCreateIdentity(dir, undefined, root)).toMatchObject({
      publicKey: first.publicKey,
      name: 'Unnamed editor',
      chosenName: false,
    })
    await fs.writeFile(file, JSON.stringify({ ...stored, named: undefined, name: 'ana' }))
    expect(await loadOrCreateIdentity(dir, undefined, ana)).toMatchObject({
      name: 'Ana Ruiz',
      chosenName: false,
    })
    await fs.writeFile(file, JSON.stringify({ ...stored, named: undefined, name: 'Ana R.' }))
    expect(await loadOrCreateIdentity(dir, undefined, root)).toMatchObject({
      name: 'Ana R.',
      chosenName: true,
    })
  })
})
