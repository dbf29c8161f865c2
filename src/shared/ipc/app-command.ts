import * as z from 'zod'
import { dossierIdSchema } from '../dossier/ids'
import { INVITE_LINK_PREFIX } from '../lan/invite-link'

/**
 * What Electron main asks a window to do: a menu item was chosen, a file the OS opened was
 * imported, a `verification-desk://join/…` link was clicked. Main sends it on `IPC_APP_COMMAND`;
 * the preload passes it on untouched and the renderer reads it with `readAppCommand`, refusing
 * anything else (main is trusted, but a version skew between main and a cached page is not
 * impossible and must not half-act).
 */
export { IPC_APP_COMMAND } from './app-command-channel'

const appCommandSchema = z.discriminatedUnion('type', [
  /** Menu: File ▸ New dossier. */
  z.strictObject({ type: z.literal('new-dossier') }),
  /** Menu: File ▸ Import story… (the renderer's own picker, a native dialog in Electron). */
  z.strictObject({ type: z.literal('import-story') }),
  /** Menu: File ▸ Open .dossier… */
  z.strictObject({ type: z.literal('open-dossier-file') }),
  /** Menu: File ▸ Export ▸ <format>, for the open dossier. */
  z.strictObject({
    type: z.literal('export'),
    format: z.enum(['markdown', 'html', 'json', 'csv', 'claimreview', 'dossier']),
  }),
  /** Menu: File ▸ Share… (the LAN invite dialog of the open dossier). */
  z.strictObject({ type: z.literal('share') }),
  /** Menu: Edit ▸ Undo / Redo: the dossier's own undo history, not the text field's. */
  z.strictObject({ type: z.literal('undo') }),
  z.strictObject({ type: z.literal('redo') }),
  /** Menu: Edit ▸ Find (focus the claim search). */
  z.strictObject({ type: z.literal('find') }),
  /** Menu: View ▸ Theme. */
  z.strictObject({ type: z.literal('theme'), theme: z.enum(['system', 'light', 'dark']) }),
  /** Menu: Help ▸ About. */
  z.strictObject({ type: z.literal('about') }),
  /** A dossier main had the host import or open (double click, drag onto the dock, argv). */
  z.strictObject({ type: z.literal('open-dossier'), dossierId: dossierIdSchema }),
  /** A `verification-desk://join/…` link: open the join flow with it filled in. */
  z.strictObject({
    type: z.literal('join-invite'),
    link: z.string().startsWith(INVITE_LINK_PREFIX).max(4096),
  }),
  /** Something main could not do for the user, said in the window (what went wrong, what to do). */
  z.strictObject({ type: z.literal('notice'), text: z.string().min(1).max(2000) }),
])

export type AppCommand = z.infer<typeof appCommandSchema>

/** A command as the renderer receives it; null if it does not read. */
export const readAppCommand = (value: unknown): AppCommand | null => {
  const parsed = appCommandSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}
