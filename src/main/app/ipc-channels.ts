/**
 * The IPC between Electron main and the preload, as main sees it. The app may not import the
 * preload (imports go one way), so these repeat src/preload/api.ts: keep the two in step.
 */
export const IPC_CONNECT = 'vdesk:connect'
export const IPC_PORT = 'vdesk:port'
export const IPC_HOST_STOPPED = 'vdesk:host-stopped'

export type HostPortAnswer = { readonly ok: true } | { readonly ok: false; readonly reason: string }

export interface HostPortRequest {
  readonly requestId: string
  readonly dossierId: string | null
}

const REQUEST_ID = /^[A-Za-z0-9-]{1,64}$/
const DOSSIER_ID = /^[A-Za-z0-9_-]{1,64}$/

/** A renderer's request, checked: whatever comes over IPC is only as trusted as the page. */
export const readHostPortRequest = (value: unknown): HostPortRequest | null => {
  if (typeof value !== 'object' || value === null) return null
  const { requestId, dossierId } = value as { requestId?: unknown; dossierId?: unknown }
  if (typeof requestId !== 'string' || !REQUEST_ID.test(requestId)) return null
  if (dossierId === null) return { requestId, dossierId }
  if (typeof dossierId !== 'string' || !DOSSIER_ID.test(dossierId)) return null
  return { requestId, dossierId }
}
