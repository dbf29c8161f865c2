import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { verifySignature } from '../../../src/shared/identity'
import {
  describeIdentity,
  IdentityError,
  loadOrCreateDeviceKey,
  loadOrCreateIdentity,
  ProtectedKeyError,
} from '../../../src/main/host/library/identity-store'
import type { KeyProtection } from '../../../src/main/host/library/key-protection'
import { tempDir } from '../../support/temp-dir'
import { testKeychain } from './test-key-protection'

const ana = () => ({ username: 'ana', uid: 1000, fullName: 'Ana Ruiz' })
const fileOf = (dir: string) => path.join(dir, 'identity.json')
const readJson = async (dir: string) =>
  JSON.parse(await fs.readFile(fileOf(dir), 'utf8')) as Record<string, unknown>
const message = new TextEncoder().encode('claim #1 confirmed')

/** A plain (version 1) identity, as the CLI or an older app wrote it; returns its secret hex. */
const plainIdentity = async (dir: string): Promise<{ publicKey: string; secretKey: string }> => {
  await loadOrCreateIdentity(dir, 'Ana', ana)
  const json = await readJson(dir)
  return { publicKey: String(json.publicKey), secretKey: String(json.secretKey) }
}

describe('a device identity sealed by a keychain', () => {
  it('is created sealed: the secret never reaches the file in hex', async () => {
    const dir = await tempDir()
    const keychain = testKeychain()
    const signer = await loadOrCreateIdentity(dir, 'Ana', ana, keychain)
    expect(signer.protection).toBe('os-keychain')
    const json = await readJson(dir)
    expect(json).toMatchObject({
      version: 2,
      protection: 'os-keychain',
      publicKey: signer.publicKey,
    })
    expect(json).not.toHaveProperty('secretKey')
    const key = await loadOrCreateDeviceKey(dir, keychain)
    expect(await fs.readFile(fileOf(dir), 'utf8')).not.toContain(key.secretKey)
    expect((await fs.stat(fileOf(dir))).mode & 0o777).toBe(0o600)

    const again = await loadOrCreateIdentity(dir, undefined, ana, keychain)
    expect(again.publicKey).toBe(signer.publicKey)
    expect(verifySignature(signer.publicKey, message, again.sign(message))).toBe(true)
  })

  it('seals an existing plain key in place, atomically, keeping the same key', async () => {
    const dir = await tempDir()
    const plain = await plainIdentity(dir)
    const keychain = testKeychain()
    const signer = await loadOrCreateIdentity(dir, undefined, ana, keychain)
    expect(signer).toMatchObject({
      publicKey: plain.publicKey,
      protection: 'os-keychain',
      name: 'Ana',
    })
    expect(signer.protectionProblem).toBeUndefined()
    const text = await fs.readFile(fileOf(dir), 'utf8')
    expect(text).not.toContain(plain.secretKey)
    expect(JSON.parse(text)).toMatchObject({ version: 2, named: true })
    expect(await fs.readdir(dir)).toEqual(['identity.json'])
    expect((await fs.stat(fileOf(dir))).mode & 0o777).toBe(0o600)
    expect((await loadOrCreateDeviceKey(dir, keychain)).secretKey).toBe(plain.secretKey)
    // Sealed once: later loads only open it.
    keychain.calls.length = 0
    await loadOrCreateIdentity(dir, undefined, ana, keychain)
    expect(keychain.calls).toEqual(['unprotect'])
  })

  it('met without a keychain: shown and renamed, never used to sign, never touched', async () => {
    const dir = await tempDir()
    const created = await loadOrCreateIdentity(dir, 'Ana', ana, testKeychain())
    const before = await fs.readFile(fileOf(dir), 'utf8')
    await expect(loadOrCreateIdentity(dir, undefined, ana)).rejects.toThrow(ProtectedKeyError)
    await expect(loadOrCreateIdentity(dir, undefined, ana)).rejects.toThrow(
      /protected by the system keychain through the Verification Desk app.*works only in the app, so do this there instead/,
    )
    await expect(loadOrCreateDeviceKey(dir)).rejects.toThrow(ProtectedKeyError)
    expect(await fs.readFile(fileOf(dir), 'utf8')).toBe(before)

    expect(await describeIdentity(dir, undefined, ana)).toEqual({
      name: 'Ana',
      publicKey: created.publicKey,
      chosenName: true,
      protection: 'os-keychain',
    })
    const renamed = await describeIdentity(dir, 'Ana R.', ana)
    expect(renamed).toMatchObject({ name: 'Ana R.', protection: 'os-keychain' })
    const { sealedSecretKey } = JSON.parse(before) as { sealedSecretKey: string }
    expect(await readJson(dir)).toMatchObject({ version: 2, name: 'Ana R.', sealedSecretKey })
  })

  it('another keychain (a copied library, a reset keychain) cannot open it: said, file kept', async () => {
    const dir = await tempDir()
    await loadOrCreateIdentity(dir, 'Ana', ana, testKeychain())
    const before = await fs.readFile(fileOf(dir), 'utf8')
    const other = testKeychain()
    await expect(loadOrCreateIdentity(dir, undefined, ana, other)).rejects.toThrow(
      /the system keychain could not open this device's signing key .*the file was left as it is.*move .* aside/s,
    )
    expect(await fs.readFile(fileOf(dir), 'utf8')).toBe(before)
  })

  it('a damaged sealed blob is refused without touching the file', async () => {
    const dir = await tempDir()
    const keychain = testKeychain()
    await loadOrCreateIdentity(dir, 'Ana', ana, keychain)
    const json = await readJson(dir)
    const sealed = Buffer.from(String(json.sealedSecretKey), 'base64')
    sealed[sealed.length - 1]! ^= 0x01
    const damaged = `${JSON.stringify({ ...json, sealedSecretKey: sealed.toString('base64') })}\n`
    await fs.writeFile(fileOf(dir), damaged)
    await expect(loadOrCreateIdentity(dir, undefined, ana, keychain)).rejects.toThrow(
      /could not open this device's signing key/,
    )
    expect(await fs.readFile(fileOf(dir), 'utf8')).toBe(damaged)

    const notBase64 = `${JSON.stringify({ ...json, sealedSecretKey: '%%%' })}\n`
    await fs.writeFile(fileOf(dir), notBase64)
    await expect(loadOrCreateIdentity(dir, undefined, ana, keychain)).rejects.toThrow(
      /damaged; move it aside/,
    )
    expect(await fs.readFile(fileOf(dir), 'utf8')).toBe(notBase64)
  })

  it('a keychain that opens to another key is caught by the public key check', async () => {
    const dir = await tempDir()
    const keychain = testKeychain()
    await loadOrCreateIdentity(dir, 'Ana', ana, keychain)
    const other = await tempDir()
    await loadOrCreateIdentity(other, 'Bo', ana, keychain)
    const json = await readJson(dir)
    const { sealedSecretKey } = await readJson(other)
    await fs.writeFile(fileOf(dir), JSON.stringify({ ...json, sealedSecretKey }))
    await expect(loadOrCreateIdentity(dir, undefined, ana, keychain)).rejects.toThrow(
      /does not match/,
    )
  })
})

describe('sealing that fails midway loses nothing', () => {
  const failing = (overrides: Partial<KeyProtection>): KeyProtection => ({
    ...testKeychain(),
    ...overrides,
  })

  it('a keychain that refuses: the plain key keeps working, the reason is given', async () => {
    const dir = await tempDir()
    const plain = await plainIdentity(dir)
    const before = await fs.readFile(fileOf(dir), 'utf8')
    const refusing = failing({ protect: () => Promise.reject(new Error('the keyring is locked')) })
    const signer = await loadOrCreateIdentity(dir, undefined, ana, refusing)
    expect(signer).toMatchObject({ publicKey: plain.publicKey, protection: 'none' })
    expect(signer.protectionProblem).toMatch(/could not seal it: the keyring is locked/)
    expect(verifySignature(plain.publicKey, message, signer.sign(message))).toBe(true)
    expect(await fs.readFile(fileOf(dir), 'utf8')).toBe(before)
    expect(await fs.readdir(dir)).toEqual(['identity.json'])
  })

  it('a keychain that seals what it cannot open again never replaces the key', async () => {
    const dir = await tempDir()
    await plainIdentity(dir)
    const before = await fs.readFile(fileOf(dir), 'utf8')
    const forgetful = failing({ unprotect: () => Promise.reject(new Error('no such item')) })
    const signer = await loadOrCreateIdentity(dir, undefined, ana, forgetful)
    expect(signer.protectionProblem).toMatch(/could not be opened again \(no such item\)/)
    expect(await fs.readFile(fileOf(dir), 'utf8')).toBe(before)

    const wrong = failing({ unprotect: () => Promise.resolve(new Uint8Array(32)) })
    expect((await loadOrCreateIdentity(dir, undefined, ana, wrong)).protectionProblem).toMatch(
      /opened to different bytes/,
    )
    expect(await fs.readFile(fileOf(dir), 'utf8')).toBe(before)
  })

  it('a new key the keychain cannot seal is not created at all', async () => {
    const dir = await tempDir()
    const refusing = failing({ protect: () => Promise.reject(new Error('the keyring is locked')) })
    await expect(loadOrCreateIdentity(dir, 'Ana', ana, refusing)).rejects.toThrow(IdentityError)
    await expect(loadOrCreateIdentity(dir, 'Ana', ana, refusing)).rejects.toThrow(
      /could not protect a new signing key, so none was created: the keyring is locked/,
    )
    expect(await fs.readdir(dir)).toEqual([])
  })

  it('a rename by another process while sealing wins; the key is sealed on the next load', async () => {
    const dir = await tempDir()
    const plain = await plainIdentity(dir)
    const keychain = testKeychain()
    const renamingMeanwhile: KeyProtection = {
      ...keychain,
      protect: async (secret) => {
        const sealed = await keychain.protect(secret)
        await describeIdentity(dir, 'Ana R.', ana) // `dossier identity --name` at that moment
        return sealed
      },
    }
    const signer = await loadOrCreateIdentity(dir, undefined, ana, renamingMeanwhile)
    expect(signer).toMatchObject({ publicKey: plain.publicKey, protection: 'none' })
    expect(signer.protectionProblem).toMatch(/changed while its key was being sealed/)
    expect(await readJson(dir)).toMatchObject({
      version: 1,
      name: 'Ana R.',
      secretKey: plain.secretKey,
    })

    const next = await loadOrCreateIdentity(dir, undefined, ana, keychain)
    expect(next).toMatchObject({
      publicKey: plain.publicKey,
      name: 'Ana R.',
      protection: 'os-keychain',
    })
    expect(await fs.readFile(fileOf(dir), 'utf8')).not.toContain(plain.secretKey)
  })
})
