import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { SafeStorageLike } from '../../src/main/app/keychain-answers'
import { windowKeychainAnswers } from '../../src/main/app/window-keychain'
import { settleKeychainAnswer, settleKeychainState } from '../../src/shared/ipc/keychain-channel'
import { readSealedKey, readSecretHex } from '../../src/shared/ipc/keychain-request'
import { testSafeStorage } from '../support/test-safe-storage'

const secret = (): string => randomBytes(32).toString('hex')

/** A seal's value, or the test fails with main's words. */
const sealedBy = async (storage: SafeStorageLike, hex: string): Promise<string> =>
  settleKeychainAnswer(await windowKeychainAnswers(storage, 'darwin').seal(hex))

describe('main deciding whether the window has a keychain', () => {
  it('makes the same decision as for the host’s key: a real keychain only', () => {
    expect(windowKeychainAnswers(testSafeStorage(), 'darwin').state()).toEqual({ available: true })
    expect(windowKeychainAnswers(testSafeStorage(), 'win32').state()).toEqual({ available: true })
    expect(
      windowKeychainAnswers(testSafeStorage({ backend: 'kwallet6' }), 'linux').state(),
    ).toEqual({ available: true })
    for (const backend of ['basic_text', 'unknown']) {
      expect(windowKeychainAnswers(testSafeStorage({ backend }), 'linux').state()).toEqual({
        available: false,
      })
    }
    expect(windowKeychainAnswers(testSafeStorage({ available: false }), 'darwin').state()).toEqual({
      available: false,
    })
  })
})

describe('main sealing and opening the window’s signing key', () => {
  it('seals a hex secret to base64 that does not contain it, and opens it to the same hex', async () => {
    const storage = testSafeStorage()
    const answers = windowKeychainAnswers(storage, 'linux')
    const hex = secret()
    const sealed = settleKeychainAnswer(await answers.seal(hex))
    expect(readSealedKey(sealed)).toBe(sealed)
    expect(sealed).not.toContain(hex)
    expect(Buffer.from(sealed, 'base64').toString('latin1')).not.toContain(hex)
    expect(await answers.open(sealed)).toEqual({ ok: true, value: hex })
  })

  it('refuses to seal what is not a 64-digit hex secret, before the keychain sees it', async () => {
    let asked = 0
    const storage: SafeStorageLike = {
      ...testSafeStorage(),
      encryptStringAsync: (text) => {
        asked += 1
        return testSafeStorage().encryptStringAsync(text)
      },
    }
    const answers = windowKeychainAnswers(storage, 'darwin')
    for (const raw of [
      undefined,
      null,
      42,
      { secretHex: secret() },
      secret().slice(1),
      `${secret()}0`,
      secret().toUpperCase(),
      'z'.repeat(64),
    ]) {
      expect(await answers.seal(raw)).toEqual({
        ok: false,
        reason: 'what was sent to seal is not a secret key (64 hex digits)',
      })
    }
    expect(asked).toBe(0)
  })

  it('refuses to open what is not bounded base64', async () => {
    const answers = windowKeychainAnswers(testSafeStorage(), 'darwin')
    for (const raw of [undefined, 7, '', 'not base64!', 'AAA', 'A'.repeat(8196), ['AAAA']]) {
      const answer = await answers.open(raw)
      expect(answer.ok).toBe(false)
      expect(answer).toHaveProperty('reason', expect.stringMatching(/^what was sent to open/))
    }
  })

  it('does not seal where there is no real keychain, and says so', async () => {
    const answers = windowKeychainAnswers(testSafeStorage({ backend: 'basic_text' }), 'linux')
    expect(await answers.seal(secret())).toEqual({
      ok: false,
      reason: expect.stringMatching(/^the key was not sealed: this system offers no keychain/),
    })
  })

  it('says why the keychain could not seal', async () => {
    const locked: SafeStorageLike = {
      ...testSafeStorage(),
      encryptStringAsync: () => Promise.reject(new Error('the keyring is locked')),
    }
    expect(await windowKeychainAnswers(locked, 'darwin').seal(secret())).toEqual({
      ok: false,
      reason: 'the system keychain could not seal the key: the keyring is locked',
    })
  })

  it('refuses, in words, a key another keychain sealed (another computer or account)', async () => {
    const sealed = await sealedBy(testSafeStorage(), secret())
    const answer = await windowKeychainAnswers(testSafeStorage(), 'darwin').open(sealed)
    expect(answer).toEqual({
      ok: false,
      reason: expect.stringMatching(/^the system keychain could not open the key: Error while/),
    })
  })

  it('refuses a blob that opens to something that was never a key', async () => {
    const storage = testSafeStorage()
    const notAKey = (await storage.encryptStringAsync('hello, world!')).toString('base64')
    expect(await windowKeychainAnswers(storage, 'darwin').open(notAKey)).toEqual({
      ok: false,
      reason: 'the system keychain opened the key to something that is not a key',
    })
  })

  it('does not open once the keychain is gone, and says what to check', async () => {
    const key = randomBytes(32)
    const sealed = await sealedBy(testSafeStorage({ key }), secret())
    const gone = windowKeychainAnswers(testSafeStorage({ key, backend: 'basic_text' }), 'linux')
    expect(await gone.open(sealed)).toEqual({
      ok: false,
      reason: expect.stringMatching(/GNOME Keyring or KWallet must be running/),
    })
  })
})

describe('the answers as the page gets them (the preload settles them)', () => {
  it('a value resolves, a refusal rejects with main’s words, anything else rejects', () => {
    expect(settleKeychainAnswer({ ok: true, value: 'AAAA' })).toBe('AAAA')
    expect(() => settleKeychainAnswer({ ok: false, reason: 'the keyring is locked' })).toThrow(
      'the keyring is locked',
    )
    for (const odd of [undefined, null, 'AAAA', { ok: true }, { ok: 'yes', value: 'AAAA' }]) {
      expect(() => settleKeychainAnswer(odd)).toThrow(/an answer it does not understand/)
    }
  })

  it('a state is available only when main says a plain true', () => {
    expect(settleKeychainState({ available: true })).toEqual({ available: true })
    for (const odd of [undefined, null, { available: 'true' }, { available: 1 }, true]) {
      expect(settleKeychainState(odd)).toEqual({ available: false })
    }
  })

  it('reads secrets and sealed keys strictly', () => {
    const hex = secret()
    expect(readSecretHex(hex)).toBe(hex)
    expect(readSecretHex(hex.toUpperCase())).toBeNull()
    expect(readSealedKey('AAAA')).toBe('AAAA')
    expect(readSealedKey('AAA=')).toBe('AAA=')
    expect(readSealedKey('AAAAA')).toBeNull()
    expect(readSealedKey('A'.repeat(8192))).toBe('A'.repeat(8192))
    expect(readSealedKey('A'.repeat(8196))).toBeNull()
  })
})
