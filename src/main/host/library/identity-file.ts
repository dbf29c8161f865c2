import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import * as z from 'zod'
import { syncDir } from '../store/atomic-file'

const HEX_KEY = /^[0-9a-f]{64}$/
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/

const common = {
  name: z.string().min(1).max(200),
  publicKey: z.string().regex(HEX_KEY),
  /** False while the name is the default one; absent in files written before it was kept. */
  named: z.boolean().optional(),
}

/** Version 1: the secret key in hex, guarded only by the file's mode (0600). */
const plainKeySchema = z.object({
  version: z.literal(1),
  ...common,
  secretKey: z.string().regex(HEX_KEY),
})

/**
 * Version 2: the secret key sealed by the system keychain (Electron's safeStorage), in base64.
 * `protection` names what sealed it, so a reader without it can say so instead of guessing.
 */
const protectedKeySchema = z.object({
  version: z.literal(2),
  ...common,
  protection: z.literal('os-keychain'),
  sealedSecretKey: z.string().max(8192).regex(BASE64),
})

const keyFileSchema = z.discriminatedUnion('version', [plainKeySchema, protectedKeySchema])

export type PlainKey = z.infer<typeof plainKeySchema>
export type ProtectedKey = z.infer<typeof protectedKeySchema>
export type StoredKey = z.infer<typeof keyFileSchema>

export const IDENTITY_FILE = 'identity.json'

export class IdentityError extends Error {}

/** The stored key, or null if `text` is not one (damaged, cut, or written by a newer version). */
export const parseStoredKey = (text: string): StoredKey | null => {
  try {
    const parsed = keyFileSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export const serializeKey = (key: StoredKey): string => `${JSON.stringify(key, null, 2)}\n`

export const readIfPresent = async (file: string): Promise<string | null> => {
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
export const createExclusive = async (file: string, content: string): Promise<boolean> => {
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
