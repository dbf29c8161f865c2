import 'fake-indexeddb/auto'
import { randomBytes } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import type { SafeStorageLike } from '../../../src/main/app/keychain-answers'
import { createDeviceKey, verifySignature } from '../../../src/shared/identity'
import type { DeviceKeyFile } from '../../../src/shared/identity'
import type { DeskKeychain } from '../../../src/shared/ipc/keychain-channel'
import {
  DamagedDeviceKeyError,
  loadDeviceIdentity,
  renameDevice,
  type DeviceIdentity,
} from '../../../src/renderer/storage/device-identity'
import {
  openKeyValueStore,
  type KeyValueStore,
} from '../../../src/renderer/storage/key-value-store'
import {
  keychainAccess,
  SealedKeyUnopenedError,
  type KeychainAccess,
} from '../../../src/renderer/storage/sealed-device-key'
import { testSafeStorage } from '../../support/test-safe-storage'
import { deskKeychain, deskWith } from './keychain-stand-in'

const KEY = 'device-key'
let databases = 0
const opened: KeyValueStore[] = []

/** The real IndexedDB store (fake-indexeddb), a database no other test uses. */
const freshStore = async (): Promise<KeyValueStore> => {
  const store = await openKeyValueStore(`vdesk:identity-test:${process.pid}:${++databases}`)
  opened.push(store)
  return store
}
afterEach(() => {
  for (const store of opened.splice(0)) store.close()
})

const withKeychain = (keychain: DeskKeychain = deskKeychain()): Promise<KeychainAccess> =>
  keychainAccess(deskWith(keychain))
const BROWSER: KeychainAccess = { kind: 'browser' }

/** The identity signs, and what it signs checks against the public key. */
const expectSigns = (identity: DeviceIdentity): void => {
  const message = new TextEncoder().encode('claim c1: verified')
  expect(verifySignature(identity.signer.publicKey, message, identity.signer.sign(message))).toBe(
    true,
  )
}

/** Nothing in the stored record spells the secret key in hex. */
const expectNoSecretIn = (stored: unknown, key: DeviceKeyFile): void => {
  expect(JSON.stringify(stored)).not.toContain(key.secretKey)
  expect(stored).not.toHaveProperty('secretKey')
}

describe('the page’s signing key in a browser tab', () => {
  it('is created once, kept plain in the site’s storage, and loaded again', async () => {
    const store = await freshStore()
    const first = await loadDeviceIdentity(store, BROWSER)
    expect(first.protection).toEqual({ kind: 'browser' })
    expect(await store.get(KEY)).toEqual(first.key)
    const again = await loadDeviceIdentity(store, BROWSER)
    expect(again.signer.publicKey).toBe(first.signer.publicKey)
    expectSigns(again)
  })
})

describe('the page’s signing key in the desktop app with a keychain', () => {
  it('is sealed before its first write, and opened at the next load', async () => {
    const store = await freshStore()
    const keychain = deskKeychain()
    const first = await loadDeviceIdentity(store, await withKeychain(keychain))
    expect(first.protection.kind).toBe('os-keychain')
    const stored = await store.get(KEY)
    expect(stored).toMatchObject({
      version: 2,
      name: 'Editor on this device',
      publicKey: first.signer.publicKey,
      protection: 'os-keychain',
      sealedSecretKey: expect.any(String),
    })
    expectNoSecretIn(stored, first.key)

    const again = await loadDeviceIdentity(store, await withKeychain(keychain))
    expect(again.key).toEqual(first.key)
    expect(again.protection).toEqual(first.protection)
    expectSigns(again)
  })

  it('seals an existing plain key in place: the same key, its hex gone from storage', async () => {
    const store = await freshStore()
    const plain = createDeviceKey('Ana Ruiz')
    await store.put(KEY, plain)
    const keychain = deskKeychain()
    const migrated = await loadDeviceIdentity(store, await withKeychain(keychain))
    expect(migrated.key).toEqual(plain)
    expect(migrated.protection.kind).toBe('os-keychain')
    const stored = await store.get(KEY)
    expect(stored).toMatchObject({ version: 2, name: 'Ana Ruiz', publicKey: plain.publicKey })
    expectNoSecretIn(stored, plain)
    const again = await loadDeviceIdentity(store, await withKeychain(keychain))
    expect(again.key).toEqual(plain)
  })

  it('keeps a rename made while the key was being sealed', async () => {
    const store = await freshStore()
    const plain = createDeviceKey('Ana')
    await store.put(KEY, plain)
    const keychain = deskKeychain()
    // Another window renames the editor while this one waits for the keychain.
    const renamingMeanwhile: DeskKeychain = {
      ...keychain,
      seal: async (secretHex) => {
        await store.put(KEY, { ...plain, name: 'Ana Ruiz' })
        return keychain.seal(secretHex)
      },
    }
    await loadDeviceIdentity(store, await withKeychain(renamingMeanwhile))
    expect(await store.get(KEY)).toMatchObject({ version: 2, name: 'Ana Ruiz' })
  })

  it('stays sealed through a rename, under the new name', async () => {
    const store = await freshStore()
    const keychain = deskKeychain()
    const identity = await loadDeviceIdentity(store, await withKeychain(keychain))
    const before = await store.get(KEY)
    const renamed = await renameDevice(store, identity, '  Bo Chen ')
    expect(renamed.signer.name).toBe('Bo Chen')
    expect(renamed.protection).toEqual(identity.protection)
    const stored = await store.get(KEY)
    expect(stored).toEqual({ ...(before as object), name: 'Bo Chen' })
    expectNoSecretIn(stored, identity.key)
    const again = await loadDeviceIdentity(store, await withKeychain(keychain))
    expect(again.signer.name).toBe('Bo Chen')
    expect(again.signer.publicKey).toBe(identity.signer.publicKey)
  })

  it('a plain key renames plainly (no keychain, or in a browser)', async () => {
    const store = await freshStore()
    const identity = await loadDeviceIdentity(store, { kind: 'none', problem: null })
    expect(identity.protection).toEqual({ kind: 'app-data', problem: null })
    await renameDevice(store, identity, 'Bo')
    expect(await store.get(KEY)).toEqual({ ...identity.key, name: 'Bo' })
  })
})

describe('when the keychain will not seal', () => {
  const locked = (): SafeStorageLike => ({
    ...testSafeStorage(),
    encryptStringAsync: () => Promise.reject(new Error('the user refused access')),
  })

  it('a new key is kept plain and works, and the app says why', async () => {
    const store = await freshStore()
    const identity = await loadDeviceIdentity(store, await withKeychain(deskKeychain(locked())))
    expect(identity.protection).toEqual({
      kind: 'app-data',
      problem: 'the system keychain could not seal the key: the user refused access',
    })
    expect(await store.get(KEY)).toEqual(identity.key)
    expectSigns(identity)
  })

  it('an existing plain key is left exactly as it was, and works', async () => {
    const store = await freshStore()
    const plain = createDeviceKey('Ana')
    await store.put(KEY, plain)
    const identity = await loadDeviceIdentity(store, await withKeychain(deskKeychain(locked())))
    expect(identity.key).toEqual(plain)
    expect(identity.protection.kind).toBe('app-data')
    expect(await store.get(KEY)).toEqual(plain)
    expectSigns(identity)
  })

  it('nor is a key replaced that the keychain cannot open again, or opens to another key', async () => {
    const storage = testSafeStorage()
    const forgetful: SafeStorageLike = {
      ...storage,
      decryptStringAsync: () => Promise.reject(new Error('the keyring was reset')),
    }
    const lying: SafeStorageLike = {
      ...storage,
      decryptStringAsync: () => Promise.resolve({ result: randomBytes(32).toString('hex') }),
    }
    for (const [keychain, problem] of [
      [forgetful, /could not be opened again \(the system keychain could not open the key/],
      [lying, /opened to a different key/],
    ] as const) {
      const store = await freshStore()
      const plain = createDeviceKey('Ana')
      await store.put(KEY, plain)
      const identity = await loadDeviceIdentity(store, await withKeychain(deskKeychain(keychain)))
      expect(identity.protection).toEqual({
        kind: 'app-data',
        problem: expect.stringMatching(problem),
      })
      expect(await store.get(KEY)).toEqual(plain)
    }
  })

  it('nor when main answers with something that is not a sealed key', async () => {
    const store = await freshStore()
    const plain = createDeviceKey('Ana')
    await store.put(KEY, plain)
    const odd: DeskKeychain = { ...deskKeychain(), seal: () => Promise.resolve('not base64!') }
    const identity = await loadDeviceIdentity(store, await withKeychain(odd))
    expect(identity.protection).toEqual({
      kind: 'app-data',
      problem: 'the keychain answered with something that is not a sealed key',
    })
    expect(await store.get(KEY)).toEqual(plain)
  })
})

describe('a sealed key that cannot be opened', () => {
  const sealedStore = async (): Promise<{ store: KeyValueStore; stored: unknown }> => {
    const store = await freshStore()
    await loadDeviceIdentity(store, await withKeychain(deskKeychain()))
    return { store, stored: await store.get(KEY) }
  }

  it('on another computer or account: a clear error, the stored key untouched, no new key', async () => {
    const { store, stored } = await sealedStore()
    const elsewhere = await withKeychain(deskKeychain(testSafeStorage()))
    const failure = loadDeviceIdentity(store, elsewhere)
    await expect(failure).rejects.toBeInstanceOf(SealedKeyUnopenedError)
    await expect(failure).rejects.toThrow(
      /^Your signing key is sealed by the system keychain, which could not open it: the system keychain could not open the key: Error while decrypting.*\. Nothing was changed and no new key was made\. .*choose Try again.*move the IndexedDB folder out of the app’s data folder/,
    )
    expect(await store.get(KEY)).toEqual(stored)
  })

  it('refused by the user (a rejected open): the same, and it opens once allowed', async () => {
    const storage = testSafeStorage()
    const store = await freshStore()
    const first = await loadDeviceIdentity(store, await withKeychain(deskKeychain(storage)))
    const stored = await store.get(KEY)
    const refusing: DeskKeychain = {
      ...deskKeychain(storage),
      open: () => Promise.reject(new Error('the user denied access to the keychain')),
    }
    await expect(loadDeviceIdentity(store, await withKeychain(refusing))).rejects.toThrow(
      /could not open it: the user denied access to the keychain\. Nothing was changed/,
    )
    expect(await store.get(KEY)).toEqual(stored)
    const allowed = await loadDeviceIdentity(store, await withKeychain(deskKeychain(storage)))
    expect(allowed.key).toEqual(first.key)
  })

  it('with no keychain now, or in a browser: an error that says so, nothing replaced', async () => {
    const { store, stored } = await sealedStore()
    const gone = await withKeychain(
      deskKeychain(testSafeStorage({ backend: 'basic_text' }), 'linux'),
    )
    expect(gone).toEqual({ kind: 'none', problem: null })
    await expect(loadDeviceIdentity(store, gone)).rejects.toThrow(
      /could not open it: this system offers no keychain right now \(on Linux, a secret service/,
    )
    await expect(loadDeviceIdentity(store, BROWSER)).rejects.toThrow(
      /only the desktop app can open it, and this is a browser/,
    )
    expect(await store.get(KEY)).toEqual(stored)
  })

  it('opened to a key that does not match its public key: called damaged', async () => {
    const { store } = await sealedStore()
    const wrong: DeskKeychain = {
      ...deskKeychain(),
      open: () => Promise.resolve(randomBytes(32).toString('hex')),
    }
    await expect(loadDeviceIdentity(store, await withKeychain(wrong))).rejects.toBeInstanceOf(
      DamagedDeviceKeyError,
    )
  })
})

describe('what the page learns of the keychain', () => {
  it('a browser tab has none to ask; the app without one, or one that cannot say, has none', async () => {
    expect(await keychainAccess(null)).toEqual({ kind: 'browser' })
    expect(await keychainAccess(deskWith(undefined))).toEqual({ kind: 'none', problem: null })
    const unavailable = deskKeychain(testSafeStorage({ available: false }))
    expect(await keychainAccess(deskWith(unavailable))).toEqual({ kind: 'none', problem: null })
    const silent: DeskKeychain = {
      ...deskKeychain(),
      state: () => Promise.reject(new Error('main did not answer')),
    }
    expect(await keychainAccess(deskWith(silent))).toEqual({
      kind: 'none',
      problem: 'the app could not ask it (main did not answer)',
    })
  })
})
