import { createDeviceKey, signerFromKey } from '../../shared/identity'
import type { DeviceKeyFile, Signer } from '../../shared/identity'
import { deskApi } from '../platform/shell'
import type { KeyValueStore } from './key-value-store'
import {
  isSealedDeviceKeyFile,
  keychainAccess,
  openSealedDeviceKey,
  sealDeviceKey,
  type KeychainAccess,
  type SealedDeviceKeyFile,
} from './sealed-device-key'
import { describeError } from './storage-error'
import { NOT_SAVED, type WindowKeyProtection } from './window-key-protection'

/** The editor on this device: the key that signs their entries and the name it declares. */
export interface DeviceIdentity {
  readonly key: DeviceKeyFile
  readonly signer: Signer
  /** What guards the key at rest (a sealed key carries its blob, which a rename writes again). */
  readonly protection: WindowKeyProtection
}

export const DEFAULT_EDITOR_NAME = 'Editor on this device'
const KEY = 'device-key'

const isDeviceKeyFile = (value: unknown): value is DeviceKeyFile => {
  if (typeof value !== 'object' || value === null) return false
  const key = value as Record<string, unknown>
  return (
    key['version'] === 1 &&
    typeof key['name'] === 'string' &&
    typeof key['publicKey'] === 'string' &&
    typeof key['secretKey'] === 'string'
  )
}

export class DamagedDeviceKeyError extends Error {
  constructor(detail: string) {
    super(
      `The signing key stored on this device is damaged (${detail}). ` +
        'Entries cannot be signed with it; clear this site’s data to start with a new key.',
    )
  }
}

export const identityFromKey = (
  key: DeviceKeyFile,
  protection: WindowKeyProtection = NOT_SAVED,
): DeviceIdentity => {
  try {
    return { key, signer: signerFromKey(key), protection }
  } catch (error) {
    throw new DamagedDeviceKeyError(error instanceof Error ? error.message : String(error))
  }
}

/** The desktop app's keychain when this page has one; a browser tab has none. */
const pageKeychain = (): Promise<KeychainAccess> => keychainAccess(deskApi())

interface Kept {
  readonly stored: DeviceKeyFile | SealedDeviceKeyFile
  readonly protection: WindowKeyProtection
}

const sealedProtection = (sealed: SealedDeviceKeyFile): WindowKeyProtection => ({
  kind: 'os-keychain',
  sealedSecretKey: sealed.sealedSecretKey,
})

/** The key sealed when there is a keychain; otherwise, or when sealing fails, the plain key and why. */
const keep = async (key: DeviceKeyFile, access: KeychainAccess): Promise<Kept> => {
  if (access.kind === 'browser') return { stored: key, protection: { kind: 'browser' } }
  if (access.kind === 'none') {
    return { stored: key, protection: { kind: 'app-data', problem: access.problem } }
  }
  try {
    const sealed = await sealDeviceKey(key, access.keychain)
    return { stored: sealed, protection: sealedProtection(sealed) }
  } catch (error) {
    return { stored: key, protection: { kind: 'app-data', problem: describeError(error) } }
  }
}

/**
 * Replaces a plain key with its sealed form, checked (sealDeviceKey) before anything is written.
 * Read again just before: a rename meanwhile keeps its name, a tab that sealed it first wins, and
 * anything else is left alone. Any failure leaves the plain key in place, working.
 */
const migrate = async (
  store: KeyValueStore,
  plain: DeviceKeyFile,
  access: KeychainAccess,
): Promise<WindowKeyProtection> => {
  const kept = await keep(plain, access)
  if (kept.protection.kind !== 'os-keychain' || !isSealedDeviceKeyFile(kept.stored)) {
    return kept.protection
  }
  try {
    const now = await store.get(KEY)
    if (isSealedDeviceKeyFile(now) && now.publicKey === plain.publicKey)
      return sealedProtection(now)
    if (!isDeviceKeyFile(now) || now.secretKey !== plain.secretKey) {
      return { kind: 'app-data', problem: 'the stored key changed while it was being sealed' }
    }
    await store.put(KEY, { ...kept.stored, name: now.name })
    return kept.protection
  } catch (error) {
    return {
      kind: 'app-data',
      problem: `the sealed key could not be saved (${describeError(error)})`,
    }
  }
}

/**
 * Loads this device's key, creating it on first run. Two tabs starting together must end up with
 * the same key, so creation is an add-if-absent and the loser reads the winner's key. In the
 * desktop app with a keychain the key is stored sealed: a new one before it is first written, a
 * plain one from before once it is loaded. A sealed key that cannot be opened is an error, never
 * a reason to make another.
 */
export const loadDeviceIdentity = async (
  store: KeyValueStore,
  access?: KeychainAccess,
): Promise<DeviceIdentity> => {
  const keychain = access ?? (await pageKeychain())
  let stored = await store.get(KEY)
  if (stored === undefined) {
    const created = createDeviceKey(DEFAULT_EDITOR_NAME)
    const kept = await keep(created, keychain)
    if (await store.add(KEY, kept.stored)) return identityFromKey(created, kept.protection)
    stored = await store.get(KEY)
  }
  if (isSealedDeviceKeyFile(stored)) {
    const opened = await openSealedDeviceKey(stored, keychain)
    return identityFromKey(opened, sealedProtection(stored))
  }
  if (!isDeviceKeyFile(stored)) throw new DamagedDeviceKeyError('unexpected format')
  const identity = identityFromKey(stored)
  return { ...identity, protection: await migrate(store, stored, keychain) }
}

/** The same key under a new display name; the dossier records the new name on the next write. */
export const renameDevice = async (
  store: KeyValueStore | null,
  identity: DeviceIdentity,
  name: string,
): Promise<DeviceIdentity> => {
  const trimmed = name.trim()
  if (trimmed === '') throw new Error('Your name cannot be empty.')
  if (trimmed.length > 80) throw new Error('Keep your name under 80 characters.')
  const key: DeviceKeyFile = { ...identity.key, name: trimmed }
  const { protection } = identity
  // A sealed key stays sealed: the blob is written again under the new name, never the secret.
  const stored: DeviceKeyFile | SealedDeviceKeyFile =
    protection.kind === 'os-keychain'
      ? {
          version: 2,
          name: trimmed,
          publicKey: key.publicKey,
          sealedSecretKey: protection.sealedSecretKey,
          protection: 'os-keychain',
        }
      : key
  await store?.put(KEY, stored)
  return identityFromKey(key, protection)
}
