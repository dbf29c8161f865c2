import * as z from 'zod'
import { dossierIdSchema } from '../dossier/ids'
import { roomSchema } from '../protocol/library-room'
import { keyAnswerSchema, keyRefusedSchema, keyRequestSchema } from './key-protection-ipc'

/**
 * The messages between Electron main and the host in its utility process, and the argument main
 * starts it with. One contract for both sides; each side reads what arrives with `readToHost` or
 * `readFromHost`, which refuse anything else (a version skew, a bug) instead of half-acting on it.
 */

/** Matches an `open-file` with its answer. */
const openRequestId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/)
/** An absolute path the OS gave main; the host reads it and nothing else. */
const openPath = z.string().min(1).max(4096)

const toHostSchema = z.discriminatedUnion('type', [
  /**
   * Serve the MessagePort sent with this message (`ports[0]`) as one replica connection to this
   * dossier's room, or to the library room when `dossierId` is null.
   */
  z.strictObject({ type: z.literal('connect'), dossierId: roomSchema.nullable() }),
  /** Flush, release the library and exit. */
  z.strictObject({ type: z.literal('shutdown') }),
  /**
   * Import the file the OS handed the app (a story, a `.dossier` file, a JSON export); the answer
   * (`OpenFileAnswer`) comes on the MessagePort sent with it (`ports[0]`), with the same id.
   */
  z.strictObject({ type: z.literal('open-file'), requestId: openRequestId, path: openPath }),
  /** Answers to the host's `key-request`s (key-protection-ipc.ts). */
  keyAnswerSchema,
  keyRefusedSchema,
])

const fromHostSchema = z.discriminatedUnion('type', [
  /** The host serves ports from now on. */
  z.strictObject({ type: z.literal('ready') }),
  /** The host cannot serve (no library, or it failed to open); it will not become ready. */
  z.strictObject({ type: z.literal('unavailable'), reason: z.string() }),
  /** Something main should log: a failed write, a rejected connection... */
  z.strictObject({ type: z.literal('event'), text: z.string() }),
  /** Seal or open the device's signing key with main's keychain (key-protection-ipc.ts). */
  keyRequestSchema,
])

/** The host's answer to an `open-file`, on the port that came with it. */
const openFileAnswerSchema = z.discriminatedUnion('type', [
  /** Imported: the dossier to show, and what to tell about it (tampered decisions), if anything. */
  z.strictObject({
    type: z.literal('file-opened'),
    requestId: openRequestId,
    dossierId: dossierIdSchema,
    warning: z.string().max(2000).nullable(),
  }),
  /** Refused or failed, in words for the editor; nothing was added. */
  z.strictObject({
    type: z.literal('file-refused'),
    requestId: openRequestId,
    reason: z.string().min(1).max(2000),
  }),
])

export type OpenFileAnswer = z.infer<typeof openFileAnswerSchema>
export type ToHostMessage = z.infer<typeof toHostSchema>
export type FromHostMessage = z.infer<typeof fromHostSchema>

export type Read<T> =
  { readonly ok: true; readonly message: T } | { readonly ok: false; readonly reason: string }

const reader =
  <T>(schema: z.ZodType<T>) =>
  (data: unknown): Read<T> => {
    const parsed = schema.safeParse(data)
    if (parsed.success) return { ok: true, message: parsed.data }
    const issue = parsed.error.issues[0]
    const where = issue === undefined || issue.path.length === 0 ? '' : `${issue.path.join('.')}: `
    return { ok: false, reason: `${where}${issue?.message ?? 'invalid'}` }
  }

/** A message from main, as the host receives it. */
export const readToHost: (data: unknown) => Read<ToHostMessage> = reader(toHostSchema)

/** A message from the host, as main receives it. */
export const readFromHost: (data: unknown) => Read<FromHostMessage> = reader(fromHostSchema)

/** An `open-file` answer, as main receives it on the request's port. */
export const readOpenFileAnswer: (data: unknown) => Read<OpenFileAnswer> =
  reader(openFileAnswerSchema)

const LIBRARY_FLAG = '--library='

/** The argument that tells the host which library folder to serve. */
export const libraryArg = (libraryDir: string): string => `${LIBRARY_FLAG}${libraryDir}`

/** The library folder named in the host's arguments, or null if none (or an empty one) is. */
export const libraryDirFromArgs = (argv: readonly string[]): string | null => {
  const flag = argv.find((arg) => arg.startsWith(LIBRARY_FLAG))
  const dir = flag?.slice(LIBRARY_FLAG.length)
  return dir === undefined || dir === '' ? null : dir
}
