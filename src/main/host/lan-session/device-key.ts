import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import * as z from 'zod'
import type { DeviceKeyFile } from '../../../shared/identity'
import { loadOrCreateIdentity } from '../library/identity-store'

const keySchema = z.object({
  version: z.literal(1),
  name: z.string(),
  publicKey: z.string().regex(/^[0-9a-f]{64}$/),
  secretKey: z.string().regex(/^[0-9a-f]{64}$/),
})

/**
 * The library's device key with its secret half: the Noise static key is the signing key
 * (docs/lan.md, "Keys"). The identity store creates and checks it; this only reads it back.
 */
export const loadDeviceKey = async (libraryDir: string): Promise<DeviceKeyFile> => {
  await loadOrCreateIdentity(libraryDir)
  const text = await fs.readFile(path.join(libraryDir, 'identity.json'), 'utf8')
  return keySchema.parse(JSON.parse(text))
}
