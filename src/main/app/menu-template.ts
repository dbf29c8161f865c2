import type { AppCommand } from '../../shared/ipc/app-command'
import { isDossierId } from '../../shared/dossier/ids'

/**
 * The desktop app's menus as plain data: what each item says, its shortcut, and what it does.
 * No Electron here, so the whole menu is checked in Node (test/app/menu/); `menu.ts` turns it
 * into Electron's Menu.
 *
 * The renderer's own keys are single letters without Ctrl or ⌘ (j k 1–4 / n e ?) and Ctrl+Z,
 * Ctrl+Shift+Z, Ctrl+Y: no accelerator here takes one of those for anything else.
 */

/** Electron's built-in items used here (the names are Electron's `role`s). */
export type MenuRole =
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'pasteAndMatchStyle'
  | 'delete'
  | 'selectAll'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'minimize'
  | 'zoom'
  | 'close'
  | 'front'

/** What main does itself, without a window. */
export type MainAction = 'open-data-folder' | 'open-logs'

export type MenuAction =
  /** Sent to the focused window (`sendAppCommand`). */
  | { readonly kind: 'command'; readonly command: AppCommand }
  /** Electron's own behaviour for the item. */
  | { readonly kind: 'role'; readonly role: MenuRole }
  | { readonly kind: 'main'; readonly action: MainAction }

export type MenuEntry =
  | { readonly kind: 'separator' }
  | {
      readonly kind: 'item'
      readonly label: string
      /** Electron's accelerator syntax (`CmdOrCtrl+N`); null: none. */
      readonly accelerator: string | null
      readonly enabled: boolean
      readonly action: MenuAction
    }
  | {
      readonly kind: 'submenu'
      readonly label: string
      /** The macOS menu roles that let the system add its parts (the window list, Help search). */
      readonly role?: 'services' | 'windowMenu' | 'help'
      readonly items: readonly MenuEntry[]
    }

export type MenuPlatform = 'darwin' | 'win32' | 'linux'

export interface MenuContext {
  readonly platform: MenuPlatform
  /** `electron-vite dev`: the developer tools are offered. */
  readonly development: boolean
  /** The focused window shows a dossier: Export and Share act on it. */
  readonly dossierOpen: boolean
}

export const APP_NAME = 'Verification Desk'

const SEPARATOR: MenuEntry = { kind: 'separator' }

const item = (
  label: string,
  accelerator: string | null,
  action: MenuAction,
  enabled = true,
): MenuEntry => ({ kind: 'item', label, accelerator, enabled, action })

const command = (
  label: string,
  accelerator: string | null,
  sent: AppCommand,
  enabled = true,
): MenuEntry => item(label, accelerator, { kind: 'command', command: sent }, enabled)

const role = (label: string, accelerator: string | null, name: MenuRole): MenuEntry =>
  item(label, accelerator, { kind: 'role', role: name })

const submenu = (
  label: string,
  items: readonly MenuEntry[],
  systemRole?: 'services' | 'windowMenu' | 'help',
): MenuEntry =>
  systemRole === undefined
    ? { kind: 'submenu', label, items }
    : { kind: 'submenu', label, role: systemRole, items }

/** The formats of File ▸ Export, in the Export panel's order. */
const EXPORTS: readonly { readonly label: string; readonly format: ExportFormatName }[] = [
  { label: 'Markdown Report…', format: 'markdown' },
  { label: 'HTML Report…', format: 'html' },
  { label: 'CSV…', format: 'csv' },
  { label: 'JSON…', format: 'json' },
  { label: 'ClaimReview…', format: 'claimreview' },
  { label: '.dossier File…', format: 'dossier' },
]

type ExportFormatName = Extract<AppCommand, { type: 'export' }>['format']

const aboutItem = command(`About ${APP_NAME}`, null, { type: 'about' })

const folderItems: readonly MenuEntry[] = [
  item('Open Data Folder', null, { kind: 'main', action: 'open-data-folder' }),
  item('Open Logs Folder', null, { kind: 'main', action: 'open-logs' }),
]

const appMenu = (): MenuEntry =>
  submenu(APP_NAME, [
    aboutItem,
    SEPARATOR,
    submenu('Services', [], 'services'),
    SEPARATOR,
    role(`Hide ${APP_NAME}`, 'Cmd+H', 'hide'),
    role('Hide Others', 'Cmd+Alt+H', 'hideOthers'),
    role('Show All', null, 'unhide'),
    SEPARATOR,
    role(`Quit ${APP_NAME}`, 'Cmd+Q', 'quit'),
  ])

/** Windows says Exit and leaves Alt+F4 to the system; Linux desktops use Ctrl+Q. */
const quitItem = (platform: MenuPlatform): MenuEntry =>
  platform === 'win32' ? role('Exit', null, 'quit') : role('Quit', 'Ctrl+Q', 'quit')

const fileMenu = ({ platform, dossierOpen }: MenuContext): MenuEntry =>
  submenu('File', [
    command('New Dossier', 'CmdOrCtrl+N', { type: 'new-dossier' }),
    command('Import Story…', 'CmdOrCtrl+I', { type: 'import-story' }),
    command('Open Dossier File…', 'CmdOrCtrl+O', { type: 'open-dossier-file' }),
    SEPARATOR,
    submenu(
      'Export',
      EXPORTS.map(({ label, format }) =>
        command(label, null, { type: 'export', format }, dossierOpen),
      ),
    ),
    command('Share…', null, { type: 'share' }, dossierOpen),
    ...(platform === 'darwin'
      ? [SEPARATOR, role('Close Window', 'Cmd+W', 'close')]
      : [SEPARATOR, quitItem(platform)]),
  ])

/**
 * Undo and Redo are commands, not Electron's `undo`/`redo` roles: the renderer knows where focus
 * is. In a text field it runs the field's own undo (what the role would have done); elsewhere the
 * dossier's undo history. The renderer handles Ctrl+Z itself outside fields and stops the key, so
 * the accelerator fires only for keys the page left alone.
 */
const editMenu = ({ platform }: MenuContext): MenuEntry =>
  submenu('Edit', [
    command('Undo', 'CmdOrCtrl+Z', { type: 'undo' }),
    command('Redo', platform === 'win32' ? 'Ctrl+Y' : 'Shift+CmdOrCtrl+Z', { type: 'redo' }),
    SEPARATOR,
    role('Cut', 'CmdOrCtrl+X', 'cut'),
    role('Copy', 'CmdOrCtrl+C', 'copy'),
    role('Paste', 'CmdOrCtrl+V', 'paste'),
    ...(platform === 'darwin'
      ? [role('Paste and Match Style', 'Cmd+Alt+Shift+V', 'pasteAndMatchStyle')]
      : []),
    role('Delete', null, 'delete'),
    role('Select All', 'CmdOrCtrl+A', 'selectAll'),
    SEPARATOR,
    command('Find Claims', 'CmdOrCtrl+F', { type: 'find' }),
  ])

const viewMenu = ({ platform, development }: MenuContext): MenuEntry =>
  submenu('View', [
    submenu('Theme', [
      command('System', null, { type: 'theme', theme: 'system' }),
      command('Light', null, { type: 'theme', theme: 'light' }),
      command('Dark', null, { type: 'theme', theme: 'dark' }),
    ]),
    SEPARATOR,
    role('Reload', 'CmdOrCtrl+R', 'reload'),
    ...(development
      ? [
          role('Force Reload', 'Shift+CmdOrCtrl+R', 'forceReload'),
          role(
            'Toggle Developer Tools',
            platform === 'darwin' ? 'Alt+Cmd+I' : 'Ctrl+Shift+I',
            'toggleDevTools',
          ),
        ]
      : []),
    SEPARATOR,
    role('Actual Size', 'CmdOrCtrl+0', 'resetZoom'),
    role('Zoom In', 'CmdOrCtrl+Plus', 'zoomIn'),
    role('Zoom Out', 'CmdOrCtrl+-', 'zoomOut'),
    SEPARATOR,
    role('Toggle Full Screen', platform === 'darwin' ? 'Ctrl+Cmd+F' : 'F11', 'togglefullscreen'),
  ])

const windowMenu = ({ platform }: MenuContext): MenuEntry =>
  submenu(
    'Window',
    platform === 'darwin'
      ? [
          role('Minimize', 'Cmd+M', 'minimize'),
          role('Zoom', null, 'zoom'),
          SEPARATOR,
          role('Bring All to Front', null, 'front'),
        ]
      : [role('Minimize', 'Ctrl+M', 'minimize'), role('Close', 'Ctrl+W', 'close')],
    'windowMenu',
  )

const helpMenu = ({ platform }: MenuContext): MenuEntry =>
  submenu(
    'Help',
    // On a Mac, About is in the app menu, where the system puts it.
    platform === 'darwin' ? folderItems : [aboutItem, SEPARATOR, ...folderItems],
    'help',
  )

/** The application menu for `context`. */
export const menuTemplate = (context: MenuContext): readonly MenuEntry[] => [
  ...(context.platform === 'darwin' ? [appMenu()] : []),
  fileMenu(context),
  editMenu(context),
  viewMenu(context),
  windowMenu(context),
  helpMenu(context),
]

/** `process.platform` as a menu platform: the BSDs and others get the Linux menus. */
export const menuPlatform = (platform: string): MenuPlatform =>
  platform === 'darwin' || platform === 'win32' ? platform : 'linux'

/**
 * Whether a window at `url` shows a dossier (the renderer's address ends in `#dossier=<id>`,
 * src/renderer/app/route.ts), which is what enables Export and Share.
 */
export const showsDossier = (url: string): boolean => {
  const hash = URL.canParse(url) ? new URL(url).hash : ''
  return isDossierId(new URLSearchParams(hash.replace(/^#/, '')).get('dossier'))
}

/** Every item of `entries`, submenus opened, in menu order. */
export const menuItems = (entries: readonly MenuEntry[]): Extract<MenuEntry, { kind: 'item' }>[] =>
  entries.flatMap((entry) =>
    entry.kind === 'item' ? [entry] : entry.kind === 'submenu' ? menuItems(entry.items) : [],
  )

/**
 * Commands the renderer answers by opening the system's file chooser (its `<input type=file>`),
 * which Chromium allows only just after the person acted in the page. A menu click happens
 * outside the page, so main lends the window that activation first (`menu.ts`).
 */
export const opensFilePicker = (sent: AppCommand): boolean =>
  sent.type === 'import-story' || sent.type === 'open-dossier-file'

/** Said in the window when a folder of Help ▸ Open … Folder could not be opened. */
export const folderNotice = (what: string, folder: string, reason: string): string =>
  `The ${what} could not be opened (${reason.trim() || 'no reason given'}). ` +
  `Open it from your file manager: ${folder}`
