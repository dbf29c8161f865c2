import * as z from 'zod'
import { KEY_PROTECTION_KINDS } from '../identity/key-protection-words'
import type { KeyProtectionKind } from '../identity/key-protection-words'

/**
 * The host seals and opens the device's signing key through Electron main, which alone has
 * `safeStorage`: a request from the host, one answer from main with the same id. Both are parts
 * of the utility contract (`utility-host-ipc.ts`), read where they arrive.
 *
 * The bytes travel as base64: the secret key (32 bytes) to be sealed or as it was opened, and the
 * sealed blob as `identity.json` keeps it.
 */

const requestId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/)
const base64 = z
  .string()
  .min(1)
  .max(8192)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/)

/** Host → main: seal `data` (the secret, base64) or open `data` (a sealed blob, base64). */
export const keyRequestSchema = z.strictObject({
  type: z.literal('key-request'),
  requestId,
  op: z.enum(['protect', 'unprotect']),
  data: base64,
})

/** Main → host: the sealed blob, or the opened secret, in base64. */
export const keyAnswerSchema = z.strictObject({
  type: z.literal('key-answer'),
  requestId,
  data: base64,
})

/** Main → host: why it could not; in words for the editor (nothing was changed). */
export const keyRefusedSchema = z.strictObject({
  type: z.literal('key-refused'),
  requestId,
  reason: z.string().min(1).max(2000),
})

export type KeyRequest = z.infer<typeof keyRequestSchema>
export type KeyAnswer = z.infer<typeof keyAnswerSchema> | z.infer<typeof keyRefusedSchema>

const KEY_PROTECTION_FLAG = '--key-protection='

/** The argument that tells the host whether main offers a keychain. */
export const keyProtectionArg = (kind: KeyProtectionKind): string => `${KEY_PROTECTION_FLAG}${kind}`

/** What the host's arguments say main offers; 'none' when they say nothing it knows. */
export const keyProtectionFromArgs = (argv: readonly string[]): KeyProtectionKind => {
  const value = argv
    .find((arg) => arg.startsWith(KEY_PROTECTION_FLAG))
    ?.slice(KEY_PROTECTION_FLAG.length)
  return KEY_PROTECTION_KINDS.find((kind) => kind === value) ?? 'none'
}
