import { createDeviceKey, signerFromKey } from '../../shared/identity'
import type { DeviceKeyFile, Signer } from '../../shared/identity'
import type { KeyValueStore } from './key-value-store'

/** The editor on this device: the key that signs their entries and the name it declares. */
export interface DeviceIdentity {
  readonly key: DeviceKeyFile
  readonly signer: Signer
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

export const identityFromKey = (key: DeviceKeyFile): DeviceIdentity => {
  try {
    return { key, signer: signerFromKey(key) }
  } catch (error) {
    throw new DamagedDeviceKeyError(error instanceof Error ? error.message : String(error))
  }
}

/**
 * Loads this device's key, creating it on first run. Two tabs starting together must end up with
 * the same key, so creation is an add-if-absent and the loser reads the winner's key.
 */
export const loadDeviceIdentity = async (store: KeyValueStore): Promise<DeviceIdentity> => {
  let stored = await store.get(KEY)
  if (stored === undefined) {
    const created = createDeviceKey(DEFAULT_EDITOR_NAME)
    stored = (await store.add(KEY, created)) ? created : await store.get(KEY)
  }
  if (!isDeviceKeyFile(stored)) throw new DamagedDeviceKeyError('unexpected format')
  return identityFromKey(stored)
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
  await store?.put(KEY, key)
  return identityFromKey(key)
}
