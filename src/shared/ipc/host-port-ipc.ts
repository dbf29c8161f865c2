/**
 * The IPC between Electron main and the preload for reaching the host: channel names and the
 * messages on them. One contract for both sides; main checks every request with
 * `readHostPortRequest`, since whatever comes over IPC is only as trusted as the page.
 */
export const IPC_CONNECT = 'vdesk:connect'
export const IPC_PORT = 'vdesk:port'
export const IPC_HOST_STOPPED = 'vdesk:host-stopped'

export interface HostPortRequest {
  /** Chosen by the renderer, to match the delivery with the request. */
  readonly requestId: string
  readonly dossierId: string | null
}

export type HostPortAnswer =
  | { readonly ok: true }
  /** No host runs in this app (or it could not start): the renderer works on its own. */
  | { readonly ok: false; readonly reason: string }

const REQUEST_ID = /^[A-Za-z0-9-]{1,64}$/
const DOSSIER_ID = /^[A-Za-z0-9_-]{1,64}$/

export const readHostPortRequest = (value: unknown): HostPortRequest | null => {
  if (typeof value !== 'object' || value === null) return null
  const { requestId, dossierId } = value as { requestId?: unknown; dossierId?: unknown }
  if (typeof requestId !== 'string' || !REQUEST_ID.test(requestId)) return null
  if (dossierId === null) return { requestId, dossierId }
  if (typeof dossierId !== 'string' || !DOSSIER_ID.test(dossierId)) return null
  return { requestId, dossierId }
}
