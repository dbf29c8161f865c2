import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import * as z from 'zod'
import { createDeviceKey, signerFromKey } from '../../../shared/identity'
import type { DeviceKeyFile, Signer } from '../../../shared/identity'
import { syncDir, writeFileAtomic } from '../store/atomic-file'

const FILE = 'identity.json'

const keyFileSchema = z.object({
  version: z.literal(1),
  name: z.string().min(1).max(200),
  publicKey: z.string().regex(/^[0-9a-f]{64}$/),
  secretKey: z.string().regex(/^[0-9a-f]{64}$/),
})

export class IdentityError extends Error {}

const readIfPresent = async (file: string): Promise<string | null> => {
  try {
    return await fs.readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/** `identity.json.<pid>.<hex>.new`: a new key before it is linked into place (see below). */
const TEMP = /^identity\.json\.(\d+)\.[0-9a-f]+\.new$/

/** The process that wrote `name`, if it is a temp file of a new identity; null if it is not. */
export const identityTempWriter = (name: string): number | null => {
  const match = TEMP.exec(name)
  return match === null ? null : Number(match[1])
}

/**
 * Writes the new key beside the target, fsynced, then hard-links it into place: the link fails
 * if an identity already exists, so two first uses at once cannot overwrite each other's key.
 */
const createExclusive = async (file: string, content: string): Promise<boolean> => {
  const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.new`
  const handle = await fs.open(temp, 'wx', 0o600)
  try {
    await handle.writeFile(content)
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    await fs.link(temp, file)
    await syncDir(path.dirname(file))
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  } finally {
    await fs.rm(temp, { force: true })
  }
}

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
  let text = await readIfPresent(file)
  if (text === null) {
    const key = createDeviceKey(name ?? defaultName())
    if (await createExclusive(file, `${JSON.stringify(key, null, 2)}\n`)) return signerFromKey(key)
    // Another process created the identity at the same moment: use theirs, so the device has one key.
    text = await readIfPresent(file)
    if (text === null)
      throw new IdentityError(`the device identity ${file} vanished while it was created`)
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
