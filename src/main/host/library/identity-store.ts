import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import * as z from 'zod'
import { createDeviceKey, signerFromKey } from '../../../shared/identity'
import type { Signer } from '../../../shared/identity'
import { currentAccount, defaultEditorName } from '../identity/default-name'
import type { OsAccount } from '../identity/default-name'
import { syncDir, writeFileAtomic } from '../store/atomic-file'

const FILE = 'identity.json'

const keyFileSchema = z.object({
  version: z.literal(1),
  name: z.string().min(1).max(200),
  publicKey: z.string().regex(/^[0-9a-f]{64}$/),
  secretKey: z.string().regex(/^[0-9a-f]{64}$/),
  /** False while the name is the default one; absent in files written before it was kept. */
  named: z.boolean().optional(),
})
type StoredKey = z.infer<typeof keyFileSchema>

/** The device's signer, and whether its name was chosen (or is still the default). */
export type DeviceSigner = Signer & { readonly chosenName: boolean }

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

/**
 * Files from before the flag: a name equal to the login (or the old fallback) was never chosen,
 * so it follows the default rule rather than staying "root".
 */
const wasChosen = (key: StoredKey, account: OsAccount | null): boolean =>
  key.named ?? !(key.name === 'Editor' || (account !== null && key.name === account.username))

const serialize = (key: StoredKey): string => `${JSON.stringify(key, null, 2)}\n`

/**
 * The device identity: created on first use, stored readable by its owner only (mode 0600),
 * never overwritten when damaged (the editor's key is their signature on every decision).
 */
export const loadOrCreateIdentity = async (
  dir: string,
  name?: string,
  account: () => OsAccount | null = currentAccount,
): Promise<DeviceSigner> => {
  const file = path.join(dir, FILE)
  let text = await readIfPresent(file)
  if (text === null) {
    const key: StoredKey = {
      ...createDeviceKey(name ?? defaultEditorName(account())),
      named: name !== undefined,
    }
    if (await createExclusive(file, serialize(key))) return signerOf(file, key, account)
    // Another process created the identity at the same moment: use theirs, so the device has one key.
    text = await readIfPresent(file)
    if (text === null)
      throw new IdentityError(`the device identity ${file} vanished while it was created`)
  }
  let parsed: StoredKey
  try {
    parsed = keyFileSchema.parse(JSON.parse(text))
  } catch {
    throw new IdentityError(
      `the device identity ${file} is damaged; move it aside to create a new one (decisions you signed with it stay valid)`,
    )
  }
  if (name !== undefined && (name !== parsed.name || parsed.named !== true)) {
    parsed = { ...parsed, name, named: true }
    await writeFileAtomic(file, serialize(parsed), 0o600)
  }
  return signerOf(file, parsed, account)
}

/** A default name is worked out at each use, so a fix to the rule reaches existing identities. */
const signerOf = (file: string, key: StoredKey, account: () => OsAccount | null): DeviceSigner => {
  const user = account()
  const chosenName = wasChosen(key, user)
  const { version, publicKey, secretKey } = key
  const name = chosenName ? key.name : defaultEditorName(user)
  try {
    return { ...signerFromKey({ version, name, publicKey, secretKey }), chosenName }
  } catch (error) {
    throw new IdentityError(`${file}: ${(error as Error).message}`)
  }
}
