import type { AppCommand } from '../../shared/ipc/app-command'
import type { ExportFormat } from '../../shared/protocol'
import { LIBRARY_HREF, dossierHref } from './route'

/** Where the window is when a command arrives. */
export interface CommandContext {
  /** The window works with a host, so it has a library (its forms create and import). */
  readonly hosted: boolean
  /** A dossier is on screen (always so without a host: the local desk is one dossier). */
  readonly onDossier: boolean
}

/** What to do with a command: the layer (use-app-commands.ts) carries it out. */
export type CommandPlan =
  | { readonly kind: 'theme'; readonly theme: Extract<AppCommand, { type: 'theme' }>['theme'] }
  /** The About dialog, and the notice, are the layer's own. */
  | { readonly kind: 'about' }
  | { readonly kind: 'notice'; readonly text: string }
  /** Go to `href` (null: stay), then give `command` to the component that does it. */
  | { readonly kind: 'go'; readonly href: string | null; readonly command: AppCommand | null }
  /** The field's own undo when typing; else the open dossier's. */
  | { readonly kind: 'undo'; readonly command: Extract<AppCommand, { type: 'undo' | 'redo' }> }
  /** Given to the component on screen now; `otherwise` is said when none takes it. */
  | { readonly kind: 'here'; readonly command: AppCommand; readonly otherwise: string | null }

/** The menu item's name, as said in a notice. */
const MENU_NAMES: Readonly<Record<string, string>> = {
  'new-dossier': 'File ▸ New Dossier',
  'import-story': 'File ▸ Import Story…',
  'open-dossier-file': 'File ▸ Open Dossier File…',
  'join-invite': 'An invite link',
  'open-dossier': 'Opening a dossier file',
  export: 'File ▸ Export',
  share: 'File ▸ Share…',
}

/** What to do when the window has no host: the desktop app's host did not start. */
const needsLibrary = (command: AppCommand): string =>
  `${MENU_NAMES[command.type] ?? 'This'} needs the app’s library, which is not running: this ` +
  'window works on its own copy. Quit and restart Verification Desk; if it happens again, ' +
  'Help ▸ Open Logs Folder shows what stopped it.'

const unavailableOnDossier = (command: AppCommand): string =>
  `${MENU_NAMES[command.type] ?? 'This'} is not available on this screen: it works on a ` +
  'dossier itself (not a frozen version) once it has opened.'

const needsDossier = (command: AppCommand): string =>
  `Open a dossier first: ${MENU_NAMES[command.type] ?? 'this'} works on the open dossier.`

/** Decides what a command does where the window is; the same command, the same answer. */
export const planCommand = (command: AppCommand, where: CommandContext): CommandPlan => {
  switch (command.type) {
    case 'theme':
      return { kind: 'theme', theme: command.theme }
    case 'about':
      return { kind: 'about' }
    case 'notice':
      return { kind: 'notice', text: command.text }
    case 'open-dossier':
      return where.hosted
        ? { kind: 'go', href: dossierHref(command.dossierId), command: null }
        : { kind: 'notice', text: needsLibrary(command) }
    case 'new-dossier':
    case 'import-story':
    case 'open-dossier-file':
    case 'join-invite':
      // The library's forms do these: from a dossier, go back to the library first.
      return where.hosted
        ? { kind: 'go', href: where.onDossier ? LIBRARY_HREF : null, command }
        : { kind: 'notice', text: needsLibrary(command) }
    case 'export':
    case 'share':
      if (!where.hosted) return { kind: 'notice', text: needsLibrary(command) }
      return where.onDossier
        ? { kind: 'here', command, otherwise: unavailableOnDossier(command) }
        : { kind: 'notice', text: needsDossier(command) }
    case 'undo':
    case 'redo':
      return { kind: 'undo', command }
    case 'find':
      // The claim search in a dossier, the library's search on the library.
      return { kind: 'here', command, otherwise: null }
  }
}

/** File ▸ Export ▸ <format> as the Export panel's format (the menu says `markdown`, the host `md`). */
export const exportFormatOf = (
  format: Extract<AppCommand, { type: 'export' }>['format'],
): ExportFormat => (format === 'markdown' ? 'md' : format)
