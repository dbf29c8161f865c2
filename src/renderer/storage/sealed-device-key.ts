import type { DeviceKeyFile } from '../../shared/identity'
import type { DeskApi } from '../../shared/ipc/desk-api'
import type { DeskKeychain } from '../../shared/ipc/keychain-channel'
import { sealedKeySchema, secretHexSchema } from '../../shared/ipc/keychain-request'
import { describeError } from './storage-error'

/** The page's key as stored when the system keychain sealed it: no secret in hex at rest. */
export interface SealedDeviceKeyFile {
  readonly version: 2
  readonly name: string
  readonly publicKey: string
  readonly sealedSecretKey: string
  readonly protection: 'os-keychain'
}

export const isSealedDeviceKeyFile = (value: unknown): value is SealedDeviceKeyFile => {
  if (typeof value !== 'object' || value === null) return false
  const key = value as Record<string, unknown>
  return (
    key['version'] === 2 &&
    key['protection'] === 'os-keychain' &&
    typeof key['name'] === 'string' &&
    typeof key['publicKey'] === 'string' &&
    typeof key['sealedSecretKey'] === 'string'
  )
}

/** The keychain as this module uses it: what comes back from main is checked before use. */
export interface SigningKeychain {
  seal(secretHex: string): Promise<string>
  open(sealed: string): Promise<string>
}

/** What this page has to keep its key with. */
export type KeychainAccess =
  | { readonly kind: 'browser' }
  | { readonly kind: 'none'; readonly problem: string | null }
  | { readonly kind: 'keychain'; readonly keychain: SigningKeychain }

const checked = (keychain: DeskKeychain): SigningKeychain => ({
  seal: async (secretHex) => {
    const sealed = await keychain.seal(secretHex)
    if (!sealedKeySchema.safeParse(sealed).success) {
      throw new Error('the keychain answered with something that is not a sealed key')
    }
    return sealed
  },
  open: async (sealed) => {
    const secret = await keychain.open(sealed)
    if (!secretHexSchema.safeParse(secret).success) {
      throw new Error('the keychain opened the key to something that is not a key')
    }
    return secret
  },
})

/**
 * Asks the desktop app's bridge whether there is a keychain (null: a browser tab). A bridge
 * without one, or one that cannot say, is the desktop app without a keychain.
 */
export const keychainAccess = async (desk: DeskApi | null): Promise<KeychainAccess> => {
  if (desk === null) return { kind: 'browser' }
  const keychain = desk.keychain
  if (keychain === undefined) return { kind: 'none', problem: null }
  try {
    const state = await keychain.state()
    if (state.available !== true) return { kind: 'none', problem: null }
  } catch (error) {
    return { kind: 'none', problem: `the app could not ask it (${describeError(error)})` }
  }
  return { kind: 'keychain', keychain: checked(keychain) }
}

/**
 * Seals a key and opens the result again before handing it back: a keychain that answers with
 * something it cannot open, or that opens to other bytes, must never replace a readable key.
 */
export const sealDeviceKey = async (
  key: DeviceKeyFile,
  keychain: SigningKeychain,
): Promise<SealedDeviceKeyFile> => {
  const sealedSecretKey = await keychain.seal(key.secretKey)
  let opened: string
  try {
    opened = await keychain.open(sealedSecretKey)
  } catch (error) {
    throw new Error(`the sealed key could not be opened again (${describeError(error)})`)
  }
  if (opened !== key.secretKey) throw new Error('the sealed key opened to a different key')
  return {
    version: 2,
    name: key.name,
    publicKey: key.publicKey,
    sealedSecretKey,
    protection: 'os-keychain',
  }
}

/**
 * The stored key is sealed and cannot be opened here. Nothing is replaced: a new key would sign
 * as someone else, and the sealed one may open again (a prompt allowed, a keyring unlocked).
 */
export class SealedKeyUnopenedError extends Error {
  constructor(reason: string) {
    super(
      `Your signing key is sealed by the system keychain, which could not open it: ${reason.replace(/[.\s]+$/, '')}. ` +
        'Nothing was changed and no new key was made. If the system asked for permission and ' +
        'it was refused, or the keyring is locked, choose Try again and allow it. If this app’s ' +
        'data came from another computer or user account, or the keychain was reset, the key ' +
        'cannot be opened here: to start with a new key, quit the app and move the IndexedDB ' +
        'folder out of the app’s data folder (your library stays; decisions signed with the ' +
        'old key stay valid).',
    )
  }
}

/** The sealed key opened, as the plain key the page signs with (it never goes back to storage). */
export const openSealedDeviceKey = async (
  stored: SealedDeviceKeyFile,
  access: KeychainAccess,
): Promise<DeviceKeyFile> => {
  if (access.kind === 'browser') {
    throw new SealedKeyUnopenedError('only the desktop app can open it, and this is a browser')
  }
  if (access.kind === 'none') {
    throw new SealedKeyUnopenedError(
      access.problem ??
        'this system offers no keychain right now (on Linux, a secret service such as GNOME Keyring or KWallet must be running)',
    )
  }
  let secretKey: string
  try {
    secretKey = await access.keychain.open(stored.sealedSecretKey)
  } catch (error) {
    throw new SealedKeyUnopenedError(describeError(error))
  }
  return { version: 1, name: stored.name, publicKey: stored.publicKey, secretKey }
}
