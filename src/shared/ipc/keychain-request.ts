import * as z from 'zod'

/**
 * What crosses between the page and main for the window's signing key (keychain-channel.ts),
 * read where it arrives: main reads the page's arguments, the page reads main's values.
 */

/** An Ed25519 secret key as the page keeps it: 32 bytes in lowercase hex. */
export const secretHexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'a secret key in 64 hex digits')

/**
 * A sealed key in base64. safeStorage's blob for a 64-character secret is well under a kilobyte
 * (Windows' DPAPI adds the most); the bound keeps anything else from reaching the keychain.
 */
export const MAX_SEALED_LENGTH = 8192
export const sealedKeySchema = z
  .string()
  .min(4)
  .max(MAX_SEALED_LENGTH)
  .regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, 'base64')

/** What main reads a seal request's argument as; null when it is not a secret key. */
export const readSecretHex = (value: unknown): string | null => {
  const parsed = secretHexSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}

/** What main reads an open request's argument as; null when it is not a sealed key. */
export const readSealedKey = (value: unknown): string | null => {
  const parsed = sealedKeySchema.safeParse(value)
  return parsed.success ? parsed.data : null
}
