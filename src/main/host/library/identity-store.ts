import * as path from 'node:path'
import { createDeviceKey, signerFromKey } from '../../../shared/identity'
import type { DeviceKeyFile, Signer } from '../../../shared/identity'
import { currentAccount, defaultEditorName } from '../identity/default-name'
import type { OsAccount } from '../identity/default-name'
import { writeFileAtomic } from '../store/atomic-file'
import {
  createExclusive,
  IDENTITY_FILE,
  IdentityError,
  parseStoredKey,
  readIfPresent,
  serializeKey,
} from './identity-file'
import type { PlainKey, ProtectedKey, StoredKey } from './identity-file'
import { noKeyProtection } from './key-protection'
import type { KeyProtection, KeyProtectionKind } from './key-protection'
import { ProtectedKeyError, sealSecret, unsealSecret } from './sealed-key'

export { IdentityError, identityTempWriter } from './identity-file'
export { ProtectedKeyError } from './sealed-key'

/** What can be said of the identity without its secret key. */
export interface IdentityInfo {
  readonly name: string
  readonly publicKey: string
  /** Whether the name was chosen (or is still the default). */
  readonly chosenName: boolean
  /** How the secret key is kept in the file, as it is on disk now. */
  readonly protection: KeyProtectionKind
}

/**
 * The device's signer, what guards its key, and, when a keychain was offered but sealing the key
 * failed (so it stays in the file as before), why.
 */
export type DeviceSigner = Signer &
  IdentityInfo & { readonly protectionProblem?: string | undefined }

/**
 * Files from before the flag: a name equal to the login (or the old fallback) was never chosen,
 * so it follows the default rule rather than staying "root".
 */
const wasChosen = (key: StoredKey, account: OsAccount | null): boolean =>
  key.named ?? !(key.name === 'Editor' || (account !== null && key.name === account.username))

const damaged = (file: string): IdentityError =>
  new IdentityError(
    `the device identity ${file} is damaged; move it aside to create a new one (decisions you signed with it stay valid)`,
  )

/** A new key, sealed at once when a keychain is offered: its secret never reaches the disk in hex. */
const newKey = async (
  name: string,
  named: boolean,
  protection: KeyProtection,
): Promise<{ stored: StoredKey; secretKey: string }> => {
  const key = { ...createDeviceKey(name), named }
  if (protection.kind === 'none') return { stored: key, secretKey: key.secretKey }
  const sealed = await sealSecret(key.secretKey, protection).catch((error: unknown) => {
    throw new IdentityError(
      `the system keychain could not protect a new signing key, so none was created: ${(error as Error).message}`,
    )
  })
  const { secretKey, ...rest } = key
  return {
    stored: { ...rest, version: 2, protection: 'os-keychain', sealedSecretKey: sealed },
    secretKey,
  }
}

/**
 * The stored identity, created on first use and renamed when `name` differs. Needs no secret key
 * (a rename keeps a sealed key sealed); `secretKey` is set only when the key was created here.
 */
const ensureStored = async (
  file: string,
  name: string | undefined,
  account: () => OsAccount | null,
  protection: KeyProtection,
): Promise<{ stored: StoredKey; secretKey?: string }> => {
  let text = await readIfPresent(file)
  if (text === null) {
    const created = await newKey(
      name ?? defaultEditorName(account()),
      name !== undefined,
      protection,
    )
    if (await createExclusive(file, serializeKey(created.stored))) return created
    // Another process created the identity at the same moment: use theirs, so the device has one key.
    text = await readIfPresent(file)
    if (text === null)
      throw new IdentityError(`the device identity ${file} vanished while it was created`)
  }
  let stored = parseStoredKey(text)
  if (stored === null) throw damaged(file)
  if (name !== undefined && (name !== stored.name || stored.named !== true)) {
    stored = { ...stored, name, named: true }
    await writeFileAtomic(file, serializeKey(stored), 0o600)
  }
  return { stored }
}

/**
 * Seals a plain key where a keychain is offered: the file is replaced atomically (fsynced temp,
 * rename, fsynced folder), so the hex copy is gone, and only after the sealed key was opened
 * again and matched. Any failure leaves the file as it was; the reason is returned.
 */
const migrate = async (
  file: string,
  plain: PlainKey,
  protection: KeyProtection,
): Promise<{ stored: StoredKey; problem?: string }> => {
  try {
    const sealed = await sealSecret(plain.secretKey, protection)
    const { secretKey: _secret, ...rest } = plain
    const upgraded: ProtectedKey = {
      ...rest,
      version: 2,
      protection: 'os-keychain',
      sealedSecretKey: sealed,
    }
    // A rename by another process since we read it wins; the next start seals that one.
    const now = await readIfPresent(file)
    if (now === null || !sameKey(parseStoredKey(now), plain)) {
      return { stored: plain, problem: 'the identity changed while its key was being sealed' }
    }
    await writeFileAtomic(file, serializeKey(upgraded), 0o600)
    return { stored: upgraded }
  } catch (error) {
    return {
      stored: plain,
      problem: `the system keychain could not seal it: ${(error as Error).message}`,
    }
  }
}

const sameKey = (found: StoredKey | null, plain: PlainKey): boolean =>
  found !== null &&
  found.version === 1 &&
  found.secretKey === plain.secretKey &&
  found.name === plain.name &&
  found.named === plain.named

const infoOf = (key: StoredKey, account: () => OsAccount | null): IdentityInfo => {
  const user = account()
  const chosenName = wasChosen(key, user)
  return {
    name: chosenName ? key.name : defaultEditorName(user),
    publicKey: key.publicKey,
    chosenName,
    protection: key.version === 2 ? 'os-keychain' : 'none',
  }
}

/** The identity as the file has it now, or null when there is none yet; creates nothing. */
export const peekIdentity = async (
  dir: string,
  account: () => OsAccount | null = currentAccount,
): Promise<IdentityInfo | null> => {
  const file = path.join(dir, IDENTITY_FILE)
  const text = await readIfPresent(file)
  if (text === null) return null
  const stored = parseStoredKey(text)
  if (stored === null) throw damaged(file)
  return infoOf(stored, account)
}

/**
 * The identity as it can be shown without its secret key: created on first use, renamed when
 * `name` is given. Works on a sealed key the current process cannot open (the CLI's `identity`).
 */
export const describeIdentity = async (
  dir: string,
  name?: string,
  account: () => OsAccount | null = currentAccount,
  protection: KeyProtection = noKeyProtection,
): Promise<IdentityInfo> =>
  infoOf(
    (await ensureStored(path.join(dir, IDENTITY_FILE), name, account, protection)).stored,
    account,
  )

/**
 * The device key with its secret half. A plain key is sealed on the way when `protection` is a
 * keychain; a sealed key is opened through it, and without one fails with `ProtectedKeyError`,
 * never touching the file.
 */
const openKey = async (
  file: string,
  name: string | undefined,
  account: () => OsAccount | null,
  protection: KeyProtection,
): Promise<{ stored: StoredKey; secretKey: string; problem?: string }> => {
  const { stored, secretKey } = await ensureStored(file, name, account, protection)
  if (secretKey !== undefined) return { stored, secretKey }
  if (stored.version === 1) {
    if (protection.kind === 'none') return { stored, secretKey: stored.secretKey }
    return { ...(await migrate(file, stored, protection)), secretKey: stored.secretKey }
  }
  if (protection.kind === 'none') throw new ProtectedKeyError(file)
  return { stored, secretKey: await unsealSecret(file, stored.sealedSecretKey, protection) }
}

const openDevice = async (
  dir: string,
  name: string | undefined,
  account: () => OsAccount | null,
  protection: KeyProtection,
): Promise<{ signer: DeviceSigner; key: DeviceKeyFile }> => {
  const file = path.join(dir, IDENTITY_FILE)
  const { stored, secretKey, problem } = await openKey(file, name, account, protection)
  const info = infoOf(stored, account)
  const key: DeviceKeyFile = { version: 1, name: info.name, publicKey: stored.publicKey, secretKey }
  try {
    const signer = signerFromKey(key)
    return {
      signer: {
        ...signer,
        ...info,
        ...(problem === undefined ? {} : { protectionProblem: problem }),
      },
      key: { ...key, name: stored.name },
    }
  } catch (error) {
    throw new IdentityError(`${file}: ${(error as Error).message}`)
  }
}

/**
 * The device identity: created on first use, stored readable by its owner only (mode 0600) and,
 * where `protection` is a keychain, sealed by it; never overwritten when damaged or unreadable
 * (the editor's key is their signature on every decision).
 */
export const loadOrCreateIdentity = async (
  dir: string,
  name?: string,
  account: () => OsAccount | null = currentAccount,
  protection: KeyProtection = noKeyProtection,
): Promise<DeviceSigner> => (await openDevice(dir, name, account, protection)).signer

/** The key pair as the LAN's Noise handshake uses it (docs/lan.md, "Keys"), opened as above. */
export const loadOrCreateDeviceKey = async (
  dir: string,
  protection: KeyProtection = noKeyProtection,
): Promise<DeviceKeyFile> => (await openDevice(dir, undefined, currentAccount, protection)).key
