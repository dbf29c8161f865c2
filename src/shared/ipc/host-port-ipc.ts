/**
 * The IPC between Electron main and the preload for reaching the host: channel names and the
 * messages on them. One contract for both sides; main checks every request with
 * `readHostPortRequest` (`host-port-request.ts`, kept apart so that the preload, which bundles
 * this file, stays free of zod), since whatever comes over IPC is only as trusted as the page.
 */
export const IPC_CONNECT = 'vdesk:connect'
export const IPC_PORT = 'vdesk:port'
export const IPC_HOST_STOPPED = 'vdesk:host-stopped'

export interface HostPortRequest {
  /** Chosen by the renderer, to match the delivery with the request. */
  readonly requestId: string
  /** The dossier to connect to, or null for the library room. */
  readonly dossierId: string | null
}

export type HostPortAnswer =
  | { readonly ok: true }
  /** No host runs in this app (or it could not start): the renderer works on its own. */
  | { readonly ok: false; readonly reason: string }
