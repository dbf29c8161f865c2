import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import * as z from 'zod'
import { createDeviceKey, signerFromKey } from '../../../shared/identity'
import type { DeviceKeyFile, Signer } from '../../../shared/identity'
import { writeFileAtomic } from '../store/atomic-file'

const FILE = 'identity.json'

const keyFileSchema = z.object({
  version: z.literal(1),
  name: z.string().min(1).max(200),
  publicKey: z.string().regex(/^[0-9a-f]{64}$/),
  secretKey: z.string().regex(/^[0-9a-f]{64}$/),
})

export class IdentityError extends Error {}

const defaultName = (): string => {
  try {
    return os.userInfo().username || 'Editor'
  } catch {
    return 'Editor'
  }
}

/**
 * The device identity: created on first use, stored readable by its owner only (mode 0600),
 * never overwritten when damaged (the editor's key is their signature on every decision).
 */
export const loadOrCreateIdentity = async (dir: string, name?: string): Promise<Signer> => {
  const file = path.join(dir, FILE)
  let text: string | null = null
  try {
    text = await fs.readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  if (text === null) {
    const key = createDeviceKey(name ?? defaultName())
    await writeFileAtomic(file, `${JSON.stringify(key, null, 2)}\n`, 0o600)
    return signerFromKey(key)
  }
  let parsed: DeviceKeyFile
  try {
    parsed = keyFileSchema.parse(JSON.parse(text))
  } catch {
    throw new IdentityError(
      `the device identity ${file} is damaged; move it aside to create a new one (decisions you signed with it stay valid)`,
    )
  }
  if (name !== undefined && name !== parsed.name) {
    parsed = { ...parsed, name }
    await writeFileAtomic(file, `${JSON.stringify(parsed, null, 2)}\n`, 0o600)
  }
  try {
    return signerFromKey(parsed)
  } catch (error) {
    throw new IdentityError(`${file}: ${(error as Error).message}`)
  }
}
