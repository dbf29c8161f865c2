import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { answerKeyRequest, offeredProtection } from '../../src/main/app/keychain-answers'
import type { SafeStorageLike } from '../../src/main/app/keychain-answers'
import { keyProtectionArg, keyProtectionFromArgs } from '../../src/shared/ipc/key-protection-ipc'
import type { KeyRequest } from '../../src/shared/ipc/key-protection-ipc'
import { readFromHost, readToHost } from '../../src/shared/ipc/utility-host-ipc'
import { testSafeStorage } from '../support/test-safe-storage'

const request = (op: KeyRequest['op'], data: string, requestId = 'r-1'): KeyRequest => {
  const read = readFromHost({ type: 'key-request', requestId, op, data })
  if (!read.ok || read.message.type !== 'key-request')
    throw new Error('a request that does not read')
  return read.message
}

/** What the host receives, read with the contract as it reads it. */
const received = async (storage: SafeStorageLike, sent: KeyRequest) => {
  const read = readToHost(await answerKeyRequest(storage, sent))
  if (!read.ok) throw new Error(read.reason)
  return read.message
}

describe('what main offers to seal the device key with', () => {
  it('is the system keychain where safeStorage has a real one', () => {
    expect(offeredProtection(testSafeStorage(), 'darwin')).toBe('os-keychain')
    expect(offeredProtection(testSafeStorage(), 'win32')).toBe('os-keychain')
    for (const backend of ['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6']) {
      expect(offeredProtection(testSafeStorage({ backend }), 'linux')).toBe('os-keychain')
    }
  })

  it('is nothing where it has none, or only a password from its own source (basic_text)', () => {
    expect(offeredProtection(testSafeStorage({ available: false }), 'darwin')).toBe('none')
    expect(offeredProtection(testSafeStorage({ backend: 'basic_text' }), 'linux')).toBe('none')
    expect(offeredProtection(testSafeStorage({ backend: 'unknown' }), 'linux')).toBe('none')
    const broken: SafeStorageLike = {
      ...testSafeStorage(),
      isEncryptionAvailable: () => {
        throw new Error('not ready')
      },
    }
    expect(offeredProtection(broken, 'linux')).toBe('none')
  })

  it('reaches the host as an argument it reads back, and nothing it does not know as a keychain', () => {
    expect(keyProtectionFromArgs(['--library=/x', keyProtectionArg('os-keychain')])).toBe(
      'os-keychain',
    )
    expect(keyProtectionFromArgs([keyProtectionArg('none')])).toBe('none')
    expect(keyProtectionFromArgs(['--key-protection=rot13'])).toBe('none')
    expect(keyProtectionFromArgs([])).toBe('none')
  })
})

describe('main answering the host’s key requests', () => {
  it('seals a secret and opens it again, each answer with its request’s id', async () => {
    const storage = testSafeStorage()
    const secret = randomBytes(32).toString('base64')
    const sealed = await received(storage, request('protect', secret, 'seal-1'))
    expect(sealed).toMatchObject({ type: 'key-answer', requestId: 'seal-1' })
    if (sealed.type !== 'key-answer') return
    expect(sealed.data).not.toContain(secret)
    const opened = await received(storage, request('unprotect', sealed.data, 'open-1'))
    expect(opened).toEqual({ type: 'key-answer', requestId: 'open-1', data: secret })
  })

  it('refuses, in words, what another keychain sealed or a damaged blob', async () => {
    const sealed = await received(
      testSafeStorage(),
      request('protect', randomBytes(32).toString('base64')),
    )
    if (sealed.type !== 'key-answer') throw new Error('not sealed')
    const other = await received(testSafeStorage(), request('unprotect', sealed.data, 'open-2'))
    expect(other).toMatchObject({ type: 'key-refused', requestId: 'open-2' })
    expect(other).toHaveProperty(
      'reason',
      expect.stringMatching(/^the system keychain could not open the key: Error while decrypting/),
    )
  })

  it('refuses a blob that opens to something that was never a key', async () => {
    const storage = testSafeStorage()
    const notAKey = (await storage.encryptStringAsync('hello, world!')).toString('base64')
    expect(await received(storage, request('unprotect', notAKey))).toMatchObject({
      type: 'key-refused',
      reason: 'the keychain opened the key to something that is not a key',
    })
  })

  it('says why it cannot seal', async () => {
    const failing: SafeStorageLike = {
      ...testSafeStorage(),
      encryptStringAsync: () => Promise.reject(new Error('the keyring is locked')),
    }
    expect(await received(failing, request('protect', 'AAAA'))).toEqual({
      type: 'key-refused',
      requestId: 'r-1',
      reason: 'the system keychain could not seal the key: the keyring is locked',
    })
  })
})

describe('the key messages of the utility contract', () => {
  it('refuse what is not one', () => {
    const bad = [
      { type: 'key-request', requestId: 'r', op: 'export', data: 'AAAA' },
      { type: 'key-request', requestId: 'r', op: 'protect', data: 'not base64!' },
      { type: 'key-request', requestId: 'r', op: 'protect', data: '' },
      { type: 'key-request', requestId: 'a b', op: 'protect', data: 'AAAA' },
      { type: 'key-request', requestId: 'r', op: 'protect', data: 'AAAA', extra: 1 },
      { type: 'key-request', requestId: 'r', op: 'protect', data: 'A'.repeat(8193) },
    ]
    for (const message of bad) expect(readFromHost(message).ok).toBe(false)
    expect(readToHost({ type: 'key-answer', requestId: 'r', data: '%%' }).ok).toBe(false)
    expect(readToHost({ type: 'key-refused', requestId: 'r', reason: '' }).ok).toBe(false)
    expect(readToHost({ type: 'key-refused', requestId: 'r', reason: 'x'.repeat(2001) }).ok).toBe(
      false,
    )
    // Each direction accepts only its own messages.
    expect(
      readToHost({ type: 'key-request', requestId: 'r', op: 'protect', data: 'AAAA' }).ok,
    ).toBe(false)
    expect(readFromHost({ type: 'key-answer', requestId: 'r', data: 'AAAA' }).ok).toBe(false)
  })
})
