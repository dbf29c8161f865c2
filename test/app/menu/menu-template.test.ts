import { describe, expect, it } from 'vitest'
import type { AppCommand } from '../../../src/shared/ipc/app-command'
import { readAppCommand } from '../../../src/shared/ipc/app-command'
import {
  folderNotice,
  menuItems,
  menuPlatform,
  menuTemplate,
  opensFilePicker,
  showsDossier,
} from '../../../src/main/app/menu-template'
import type {
  MenuContext,
  MenuEntry,
  MenuPlatform,
  MenuRole,
} from '../../../src/main/app/menu-template'

const PLATFORMS: readonly MenuPlatform[] = ['darwin', 'win32', 'linux']

const every = (platform: MenuPlatform, extra: Partial<MenuContext> = {}) =>
  menuTemplate({ platform, development: false, dossierOpen: true, ...extra })

type Item = Extract<MenuEntry, { kind: 'item' }>

/** The item that sends a command of `type` (and `format` or `theme` when given). */
const sending = (items: readonly Item[], wanted: Partial<AppCommand>): Item | undefined =>
  items.find(
    (item) =>
      item.action.kind === 'command' &&
      Object.entries(wanted).every(
        ([key, value]) =>
          (item.action as { command: Record<string, unknown> }).command[key] === value,
      ),
  )

const withRole = (items: readonly Item[], role: MenuRole): Item | undefined =>
  items.find((item) => item.action.kind === 'role' && item.action.role === role)

const topLabels = (entries: readonly MenuEntry[]) =>
  entries.map((entry) => (entry.kind === 'submenu' ? entry.label : entry.kind))

/** Electron's accelerator, written the one way (`CmdOrCtrl` is Cmd on a Mac, Ctrl elsewhere). */
const normalised = (accelerator: string, platform: MenuPlatform): string =>
  accelerator
    .split('+')
    .map((part) =>
      part === 'CmdOrCtrl' || part === 'CommandOrControl'
        ? platform === 'darwin'
          ? 'Cmd'
          : 'Ctrl'
        : part,
    )
    .sort()
    .join('+')

describe('the desktop menus', () => {
  it.each(PLATFORMS)('offers every item the issue lists, with its shortcut (%s)', (platform) => {
    const items = menuItems(every(platform))
    expect(sending(items, { type: 'new-dossier' })?.accelerator).toBe('CmdOrCtrl+N')
    expect(sending(items, { type: 'import-story' })?.accelerator).toBe('CmdOrCtrl+I')
    expect(sending(items, { type: 'open-dossier-file' })?.accelerator).toBe('CmdOrCtrl+O')
    expect(sending(items, { type: 'undo' })?.accelerator).toBe('CmdOrCtrl+Z')
    expect(sending(items, { type: 'redo' })?.accelerator).toBe(
      platform === 'win32' ? 'Ctrl+Y' : 'Shift+CmdOrCtrl+Z',
    )
    expect(sending(items, { type: 'find' })?.accelerator).toBe('CmdOrCtrl+F')
    expect(sending(items, { type: 'share' })?.label).toBe('Share…')
    expect(sending(items, { type: 'about' })?.label).toBe('About Verification Desk')
    for (const format of ['markdown', 'html', 'json', 'csv', 'claimreview', 'dossier'] as const)
      expect(sending(items, { type: 'export', format }), format).toBeDefined()
    for (const theme of ['system', 'light', 'dark'] as const)
      expect(sending(items, { type: 'theme', theme }), theme).toBeDefined()
    const main = items.filter((item) => item.action.kind === 'main').map((item) => item.label)
    expect(main).toEqual(['Open Data Folder', 'Open Logs Folder'])
    for (const name of ['cut', 'copy', 'paste', 'selectAll', 'quit'] as const)
      expect(withRole(items, name), name).toBeDefined()
  })

  it.each(PLATFORMS)('sends only commands the renderer reads (%s)', (platform) => {
    for (const item of menuItems(every(platform))) {
      if (item.action.kind === 'command')
        expect(readAppCommand(item.action.command), item.label).toEqual(item.action.command)
    }
  })

  it.each(PLATFORMS)('gives no two items the same shortcut (%s)', (platform) => {
    for (const development of [false, true]) {
      const accelerators = menuItems(every(platform, { development }))
        .map((item) => item.accelerator)
        .filter((accelerator) => accelerator !== null)
        .map((accelerator) => normalised(accelerator, platform))
      expect(new Set(accelerators).size).toBe(accelerators.length)
    }
  })

  it.each(PLATFORMS)(
    'takes none of the dossier view’s own keys for something else (%s)',
    (platform) => {
      const keys = menuItems(every(platform, { development: true }))
        .filter(
          (item) =>
            item.action.kind !== 'command' || !['undo', 'redo'].includes(item.action.command.type),
        )
        .map((item) => item.accelerator)
        .filter((accelerator) => accelerator !== null)
      // The renderer's keys: single keys without a modifier, and Ctrl/⌘ with Z or Y.
      for (const accelerator of keys) {
        expect(accelerator.includes('+') || /^F\d+$/.test(accelerator), accelerator).toBe(true)
        expect(normalised(accelerator, platform), accelerator).not.toMatch(/^(Cmd|Ctrl)\+[YZ]$/)
      }
    },
  )

  it('offers the developer tools only in development', () => {
    for (const platform of PLATFORMS) {
      expect(withRole(menuItems(every(platform)), 'toggleDevTools')).toBeUndefined()
      expect(withRole(menuItems(every(platform)), 'forceReload')).toBeUndefined()
      expect(
        withRole(menuItems(every(platform, { development: true })), 'toggleDevTools'),
      ).toBeDefined()
    }
  })

  it('has the macOS app menu on a Mac, File ▸ Quit or Exit elsewhere', () => {
    const mac = every('darwin')
    expect(topLabels(mac)).toEqual(['Verification Desk', 'File', 'Edit', 'View', 'Window', 'Help'])
    const appMenu = mac[0]
    if (appMenu?.kind !== 'submenu') throw new Error('no app menu')
    const appItems = menuItems(appMenu.items)
    expect(sending(appItems, { type: 'about' })).toBeDefined()
    expect(withRole(appItems, 'quit')?.accelerator).toBe('Cmd+Q')
    expect(withRole(appItems, 'hide')?.accelerator).toBe('Cmd+H')
    expect(
      appMenu.items.some((entry) => entry.kind === 'submenu' && entry.role === 'services'),
    ).toBe(true)

    for (const platform of ['win32', 'linux'] as const) {
      const menus = every(platform)
      expect(topLabels(menus)).toEqual(['File', 'Edit', 'View', 'Window', 'Help'])
      const file = menus[0]
      if (file?.kind !== 'submenu') throw new Error('no File menu')
      const quit = withRole(menuItems(file.items), 'quit')
      expect(quit?.label).toBe(platform === 'win32' ? 'Exit' : 'Quit')
      expect(quit?.accelerator).toBe(platform === 'win32' ? null : 'Ctrl+Q')
      const help = menus[4]
      if (help?.kind !== 'submenu') throw new Error('no Help menu')
      expect(sending(menuItems(help.items), { type: 'about' })).toBeDefined()
    }
  })

  it('enables Export and Share only while a dossier is open', () => {
    for (const platform of PLATFORMS) {
      for (const dossierOpen of [false, true]) {
        const items = menuItems(every(platform, { dossierOpen }))
        const dossierOnes = items.filter(
          (item) =>
            item.action.kind === 'command' &&
            (item.action.command.type === 'export' || item.action.command.type === 'share'),
        )
        expect(dossierOnes).toHaveLength(7)
        for (const item of dossierOnes) expect(item.enabled, item.label).toBe(dossierOpen)
        expect(sending(items, { type: 'new-dossier' })?.enabled).toBe(true)
        expect(sending(items, { type: 'find' })?.enabled).toBe(true)
      }
    }
  })
})

describe('what the menu reads from its surroundings', () => {
  it('knows a window shows a dossier from its address', () => {
    expect(showsDossier('file:///app/out/renderer/index.html#dossier=m_abcdefgh12')).toBe(true)
    expect(showsDossier('http://localhost:5173/#dossier=m_abcdefgh12&version=v2')).toBe(true)
    expect(showsDossier('file:///app/out/renderer/index.html#library')).toBe(false)
    expect(showsDossier('file:///app/out/renderer/index.html')).toBe(false)
    expect(showsDossier('file:///x#dossier=../../etc')).toBe(false)
    expect(showsDossier('not a url')).toBe(false)
  })

  it('maps the platform, other systems taking the Linux menus', () => {
    expect(menuPlatform('darwin')).toBe('darwin')
    expect(menuPlatform('win32')).toBe('win32')
    expect(menuPlatform('linux')).toBe('linux')
    expect(menuPlatform('freebsd')).toBe('linux')
  })

  it('lends activation only to the commands that open a file chooser', () => {
    expect(opensFilePicker({ type: 'import-story' })).toBe(true)
    expect(opensFilePicker({ type: 'open-dossier-file' })).toBe(true)
    expect(opensFilePicker({ type: 'new-dossier' })).toBe(false)
    expect(opensFilePicker({ type: 'export', format: 'csv' })).toBe(false)
  })

  it('says what went wrong opening a folder, and where the folder is', () => {
    expect(
      folderNotice('logs folder', '/home/a/.config/Verification Desk/logs', 'No application'),
    ).toBe(
      'The logs folder could not be opened (No application). Open it from your file manager: ' +
        '/home/a/.config/Verification Desk/logs',
    )
    expect(folderNotice('data folder', '/d', '  ')).toContain('(no reason given)')
  })
})
