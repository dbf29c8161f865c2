import * as z from 'zod'
import { roomSchema } from '../protocol/library-room'

/**
 * The IPC between Electron main and the preload for reaching the host: channel names and the
 * messages on them. One contract for both sides; main checks every request with
 * `readHostPortRequest`, since whatever comes over IPC is only as trusted as the page.
 */
export const IPC_CONNECT = 'vdesk:connect'
export const IPC_PORT = 'vdesk:port'
export const IPC_HOST_STOPPED = 'vdesk:host-stopped'

const hostPortRequestSchema = z.strictObject({
  /** Chosen by the renderer, to match the delivery with the request. */
  requestId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
  /** The dossier to connect to, or null for the library room. */
  dossierId: roomSchema.nullable(),
})

export type HostPortRequest = Readonly<z.infer<typeof hostPortRequestSchema>>

export type HostPortAnswer =
  | { readonly ok: true }
  /** No host runs in this app (or it could not start): the renderer works on its own. */
  | { readonly ok: false; readonly reason: string }

export const readHostPortRequest = (value: unknown): HostPortRequest | null => {
  const parsed = hostPortRequestSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}
