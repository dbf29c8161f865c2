import { timingSafeEqual } from 'node:crypto'
import { IdentityError } from './identity-file'
import type { KeyProtection } from './key-protection'

const SECRET_BYTES = 32

/**
 * A sealed key met by a process that has no keychain (the `dossier` command, `dossier serve`):
 * only the desktop app can open it. Reading and showing still work; signing does not.
 */
export class ProtectedKeyError extends IdentityError {
  constructor(readonly file: string) {
    super(
      `this device's signing key (${file}) is protected by the system keychain through the Verification Desk app, and this command cannot open it: what needs the key (signing a decision or an import, dossier serve, LAN sharing) works only in the app, so do this there instead; commands that only read (list, show, export, identity) keep working here. The key file was left as it is.`,
    )
  }
}

/**
 * Seals a hex secret and opens the result again before handing it back: a keychain that answers
 * with something it cannot open (or opens to other bytes) must never replace a readable key.
 */
export const sealSecret = async (secretHex: string, protection: KeyProtection): Promise<string> => {
  const secret = Buffer.from(secretHex, 'hex')
  const sealed = await protection.protect(new Uint8Array(secret))
  let opened: Uint8Array
  try {
    opened = await protection.unprotect(sealed)
  } catch (error) {
    throw new Error(`the sealed key could not be opened again (${(error as Error).message})`)
  }
  if (opened.length !== SECRET_BYTES || !timingSafeEqual(opened, secret)) {
    throw new Error('the sealed key opened to different bytes')
  }
  return sealed
}

/** Opens a sealed secret to hex, or says plainly why it cannot and that nothing was changed. */
export const unsealSecret = async (
  file: string,
  sealed: string,
  protection: KeyProtection,
): Promise<string> => {
  let secret: Uint8Array
  try {
    secret = await protection.unprotect(sealed)
  } catch (error) {
    throw new IdentityError(
      `the system keychain could not open this device's signing key in ${file} (${(error as Error).message}); the file was left as it is. If this library was copied from another computer or account, or the keychain was reset, the key cannot be recovered: move ${file} aside to create a new identity (decisions signed with the old key stay valid)`,
    )
  }
  if (secret.length !== SECRET_BYTES) {
    throw new IdentityError(
      `the system keychain opened this device's signing key in ${file} to ${secret.length} bytes instead of ${SECRET_BYTES}; the file was left as it is`,
    )
  }
  return Buffer.from(secret).toString('hex')
}
