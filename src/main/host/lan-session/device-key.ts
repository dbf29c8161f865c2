import type { DeviceKeyFile } from '../../../shared/identity'
import { loadOrCreateDeviceKey } from '../library/identity-store'
import type { KeyProtection } from '../library/key-protection'

/**
 * The library's device key with its secret half: the Noise static key is the signing key
 * (docs/lan.md, "Keys"). The identity store creates, checks and (with a keychain) opens it.
 */
export const loadDeviceKey = (
  libraryDir: string,
  protection?: KeyProtection,
): Promise<DeviceKeyFile> => loadOrCreateDeviceKey(libraryDir, protection)
