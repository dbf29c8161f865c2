/** The channel of `AppCommand`s (app-command.ts); apart so the preload bundles no zod. */
export const IPC_APP_COMMAND = 'vdesk:app-command'
