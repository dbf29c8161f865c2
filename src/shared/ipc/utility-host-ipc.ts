import * as z from 'zod'
import { roomSchema } from '../protocol/library-room'

/**
 * The messages between Electron main and the host in its utility process, and the argument main
 * starts it with. One contract for both sides; each side reads what arrives with `readToHost` or
 * `readFromHost`, which refuse anything else (a version skew, a bug) instead of half-acting on it.
 */

const toHostSchema = z.discriminatedUnion('type', [
  /**
   * Serve the MessagePort sent with this message (`ports[0]`) as one replica connection to this
   * dossier's room, or to the library room when `dossierId` is null.
   */
  z.strictObject({ type: z.literal('connect'), dossierId: roomSchema.nullable() }),
  /** Flush, release the library and exit. */
  z.strictObject({ type: z.literal('shutdown') }),
])

const fromHostSchema = z.discriminatedUnion('type', [
  /** The host serves ports from now on. */
  z.strictObject({ type: z.literal('ready') }),
  /** The host cannot serve (no library, or it failed to open); it will not become ready. */
  z.strictObject({ type: z.literal('unavailable'), reason: z.string() }),
  /** Something main should log: a failed write, a rejected connection... */
  z.strictObject({ type: z.literal('event'), text: z.string() }),
])

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

const LIBRARY_FLAG = '--library='

/** The argument that tells the host which library folder to serve. */
export const libraryArg = (libraryDir: string): string => `${LIBRARY_FLAG}${libraryDir}`

/** The library folder named in the host's arguments, or null if none (or an empty one) is. */
export const libraryDirFromArgs = (argv: readonly string[]): string | null => {
  const flag = argv.find((arg) => arg.startsWith(LIBRARY_FLAG))
  const dir = flag?.slice(LIBRARY_FLAG.length)
  return dir === undefined || dir === '' ? null : dir
}
