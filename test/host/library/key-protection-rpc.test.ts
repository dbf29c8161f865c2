import * as fs from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { loadOrCreateIdentity } from '../../../src/main/host/library/identity-store'
import { keyProtectionState } from '../../../src/main/host/library/key-protection-rpc'
import { noKeyProtection } from '../../../src/main/host/library/key-protection'
import type { KeyProtection } from '../../../src/main/host/library/key-protection'
import { tempDir } from '../../support/temp-dir'
import { testKeychain } from './test-key-protection'

const locked = (): KeyProtection => ({
  ...testKeychain(),
  protect: () => Promise.reject(new Error('the keyring is locked')),
})

describe('the keyProtection method: how the host keeps its key', () => {
  it('a file only, where the host has no keychain', async () => {
    const dir = await tempDir()
    expect(await keyProtectionState({ dir, keyProtection: noKeyProtection })).toEqual({
      kind: 'none',
      problem: null,
    })
  })

  it('the keychain, once the key is sealed', async () => {
    const dir = await tempDir()
    await loadOrCreateIdentity(dir, 'Ana')
    expect(await keyProtectionState({ dir, keyProtection: testKeychain() })).toEqual({
      kind: 'os-keychain',
      problem: null,
    })
  })

  it('a file only, and why, when the keychain would not seal it', async () => {
    const dir = await tempDir()
    await loadOrCreateIdentity(dir, 'Ana')
    expect(await keyProtectionState({ dir, keyProtection: locked() })).toEqual({
      kind: 'none',
      problem: 'the system keychain could not seal it: the keyring is locked',
    })
  })

  it('no key made at all when the keychain would not seal a new one', async () => {
    const dir = await tempDir()
    const state = await keyProtectionState({ dir, keyProtection: locked() })
    expect(state.problem).toMatch(/could not protect a new signing key, so none was created/)
    expect(await fs.readdir(dir)).toEqual([])
  })

  it('the keychain, and that this host cannot open it (dossier serve)', async () => {
    const dir = await tempDir()
    await loadOrCreateIdentity(dir, 'Ana', undefined, testKeychain())
    const state = await keyProtectionState({ dir, keyProtection: noKeyProtection })
    expect(state.kind).toBe('os-keychain')
    expect(state.problem).toMatch(/this command cannot open it/)
  })
})
