import { app, BrowserWindow, Menu, shell } from 'electron'
import type { MenuItemConstructorOptions, WebContents } from 'electron'
import { mkdir } from 'node:fs/promises'
import type { AppCommand } from '../../shared/ipc/app-command'
import { logFolder } from './logging/log-folder'
import {
  folderNotice,
  menuPlatform,
  menuTemplate,
  opensFilePicker,
  showsDossier,
} from './menu-template'
import type { MainAction, MenuEntry } from './menu-template'
import { sendAppCommand } from './send-command'

/** An isolated world of our own for the no-op script that lends a window user activation. */
const ACTIVATION_WORLD = 1071

const focusedContents = (): WebContents | null =>
  BrowserWindow.getFocusedWindow()?.webContents ?? null

/**
 * Sends a menu's command to the focused window. A command that opens the page's file chooser
 * first runs an empty script "as the user" (`userGesture`), which gives the page the transient
 * activation a click in it would have: the menu click was the person's act.
 */
const sendFromMenu = (command: AppCommand): void => {
  // On a Mac the menu bar stays while no window has focus: the command goes to the first one.
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
  if (window === undefined) return
  if (!window.isFocused()) window.focus()
  const contents = window.webContents
  if (!opensFilePicker(command)) return sendAppCommand(contents, command)
  contents
    .executeJavaScriptInIsolatedWorld(ACTIVATION_WORLD, [{ code: 'undefined' }], true)
    .catch((error: unknown) => console.warn('menu: could not lend the window activation:', error))
    .finally(() => sendAppCommand(contents, command))
}

/** Opens a folder in the system's file manager, making it first if the app has not yet. */
const openFolder = async (folder: string, what: string): Promise<void> => {
  let reason: string
  try {
    await mkdir(folder, { recursive: true })
    reason = await shell.openPath(folder)
    if (reason === '') return
  } catch (error) {
    reason = error instanceof Error ? error.message : String(error)
  }
  const text = folderNotice(what, folder, reason).slice(0, 2000)
  const contents = focusedContents()
  if (contents === null) console.warn(`menu: ${text}`)
  else sendAppCommand(contents, { type: 'notice', text })
}

const runMain = (action: MainAction, userData: string): void => {
  if (action === 'open-data-folder') void openFolder(userData, 'data folder')
  else void openFolder(logFolder(userData), 'logs folder')
}

const toElectron = (
  entries: readonly MenuEntry[],
  userData: string,
): MenuItemConstructorOptions[] =>
  entries.map((entry): MenuItemConstructorOptions => {
    switch (entry.kind) {
      case 'separator':
        return { type: 'separator' }
      case 'submenu':
        return {
          label: entry.label,
          ...(entry.role === undefined ? {} : { role: entry.role }),
          submenu: toElectron(entry.items, userData),
        }
      case 'item': {
        const { action } = entry
        const common = {
          label: entry.label,
          enabled: entry.enabled,
          ...(entry.accelerator === null ? {} : { accelerator: entry.accelerator }),
        }
        if (action.kind === 'role') return { ...common, role: action.role }
        if (action.kind === 'main')
          return { ...common, click: () => runMain(action.action, userData) }
        return { ...common, click: () => sendFromMenu(action.command) }
      }
    }
  })

/**
 * The application menu (menu-template.ts says what is in it). Export and Share are enabled while
 * the focused window shows a dossier, so the menu is rebuilt when focus or a window's address
 * changes.
 */
export const installMenu = (options: { readonly development: boolean }): void => {
  const platform = menuPlatform(process.platform)
  const userData = app.getPath('userData')
  let built: boolean | null = null
  const build = (dossierOpen: boolean): void => {
    if (built === dossierOpen) return
    built = dossierOpen
    const entries = menuTemplate({ platform, development: options.development, dossierOpen })
    Menu.setApplicationMenu(Menu.buildFromTemplate(toElectron(entries, userData)))
  }
  const refresh = (): void => {
    const contents = focusedContents()
    build(contents !== null && showsDossier(contents.getURL()))
  }
  app.on('browser-window-focus', refresh)
  app.on('web-contents-created', (_event, contents) => {
    contents.on('did-navigate', refresh)
    contents.on('did-navigate-in-page', refresh)
  })
  build(false)
}
