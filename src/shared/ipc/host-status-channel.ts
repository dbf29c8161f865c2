/** The channel of `HostStatus` changes (host-status.ts); apart so the preload bundles no zod. */
export const IPC_HOST_STATUS = 'vdesk:host-status'
