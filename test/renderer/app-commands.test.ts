import { afterEach, describe, expect, it, vi } from 'vitest'
import type { AppCommand } from '../../src/shared/ipc/app-command'
import { readAppCommand } from '../../src/shared/ipc/app-command'
import {
  deliverAppCommand,
  dropHeldAppCommand,
  onAppCommand,
} from '../../src/renderer/app/app-command-bus'
import { exportFormatOf, planCommand } from '../../src/renderer/app/app-command-plan'

const HOSTED_LIBRARY = { hosted: true, onDossier: false }
const HOSTED_DOSSIER = { hosted: true, onDossier: true }
const LOCAL = { hosted: false, onDossier: true }

describe('reading what main sends', () => {
  it('takes every command of the contract and refuses anything else', () => {
    expect(readAppCommand({ type: 'find' })).toEqual({ type: 'find' })
    expect(readAppCommand({ type: 'export', format: 'markdown' })).toEqual({
      type: 'export',
      format: 'markdown',
    })
    const link = 'verification-desk://join/abc'
    expect(readAppCommand({ type: 'join-invite', link })).toEqual({ type: 'join-invite', link })
    for (const wrong of [
      null,
      'find',
      { type: 'format-disk' },
      { type: 'find', extra: true },
      { type: 'export', format: 'pdf' },
      { type: 'theme', theme: 'sepia' },
      { type: 'join-invite', link: 'https://example.org/join/abc' },
      { type: 'open-dossier', dossierId: '../../etc' },
      { type: 'notice', text: '' },
    ])
      expect(readAppCommand(wrong), JSON.stringify(wrong)).toBeNull()
  })
})

describe('what a command does where the window is', () => {
  it('switches the theme and opens About and the notice anywhere', () => {
    for (const where of [HOSTED_LIBRARY, HOSTED_DOSSIER, LOCAL]) {
      expect(planCommand({ type: 'theme', theme: 'dark' }, where)).toEqual({
        kind: 'theme',
        theme: 'dark',
      })
      expect(planCommand({ type: 'about' }, where)).toEqual({ kind: 'about' })
      expect(planCommand({ type: 'notice', text: 'x' }, where)).toEqual({
        kind: 'notice',
        text: 'x',
      })
    }
  })

  it('does the library’s work on the library, going back to it from a dossier', () => {
    const commands: AppCommand[] = [
      { type: 'new-dossier' },
      { type: 'import-story' },
      { type: 'open-dossier-file' },
      { type: 'join-invite', link: 'verification-desk://join/abc' },
    ]
    for (const command of commands) {
      expect(planCommand(command, HOSTED_LIBRARY)).toEqual({ kind: 'go', href: null, command })
      expect(planCommand(command, HOSTED_DOSSIER)).toEqual({
        kind: 'go',
        href: '#library',
        command,
      })
    }
  })

  it('opens a dossier the app imported by its address', () => {
    expect(
      planCommand({ type: 'open-dossier', dossierId: 'm_abcdefgh12' }, HOSTED_LIBRARY),
    ).toEqual({ kind: 'go', href: '#dossier=m_abcdefgh12', command: null })
  })

  it('says what to do when the window has no library', () => {
    const plan = planCommand({ type: 'import-story' }, LOCAL)
    expect(plan.kind).toBe('notice')
    expect(plan.kind === 'notice' && plan.text).toBe(
      'File ▸ Import Story… needs the app’s library, which is not running: this window works on ' +
        'its own copy. Quit and restart Verification Desk; if it happens again, Help ▸ Open Logs ' +
        'Folder shows what stopped it.',
    )
    expect(planCommand({ type: 'open-dossier', dossierId: 'm_abcdefgh12' }, LOCAL).kind).toBe(
      'notice',
    )
    expect(planCommand({ type: 'share' }, LOCAL).kind).toBe('notice')
  })

  it('exports and shares the open dossier, and says so on the library', () => {
    const share = planCommand({ type: 'share' }, HOSTED_DOSSIER)
    expect(share).toEqual({
      kind: 'here',
      command: { type: 'share' },
      otherwise:
        'File ▸ Share… is not available on this screen: it works on a dossier itself (not a ' +
        'frozen version) once it has opened.',
    })
    expect(planCommand({ type: 'export', format: 'csv' }, HOSTED_LIBRARY)).toEqual({
      kind: 'notice',
      text: 'Open a dossier first: File ▸ Export works on the open dossier.',
    })
  })

  it('leaves Undo to the focus and Find to the screen', () => {
    expect(planCommand({ type: 'undo' }, LOCAL)).toEqual({
      kind: 'undo',
      command: { type: 'undo' },
    })
    expect(planCommand({ type: 'find' }, HOSTED_LIBRARY)).toEqual({
      kind: 'here',
      command: { type: 'find' },
      otherwise: null,
    })
  })

  it('names the export formats as the Export panel does', () => {
    expect(exportFormatOf('markdown')).toBe('md')
    for (const format of ['html', 'json', 'csv', 'claimreview', 'dossier'] as const)
      expect(exportFormatOf(format)).toBe(format)
  })
})

describe('handing a command to the component that does it', () => {
  afterEach(() => {
    dropHeldAppCommand()
    vi.useRealTimers()
  })

  it('gives it to the last component registered, and to none once it has gone', () => {
    const first: AppCommand[] = []
    const second: AppCommand[] = []
    const stopFirst = onAppCommand('find', (command) => first.push(command))
    const stopSecond = onAppCommand('find', (command) => second.push(command))
    expect(deliverAppCommand({ type: 'find' }, { hold: false })).toBe(true)
    expect([first.length, second.length]).toEqual([0, 1])
    stopSecond()
    expect(deliverAppCommand({ type: 'find' }, { hold: false })).toBe(true)
    expect([first.length, second.length]).toEqual([1, 1])
    stopFirst()
    expect(deliverAppCommand({ type: 'find' }, { hold: false })).toBe(false)
  })

  it('holds a command for the component that mounts next, once', () => {
    expect(deliverAppCommand({ type: 'import-story' }, { hold: true })).toBe(false)
    const got: AppCommand[] = []
    const stop = onAppCommand('import-story', (command) => got.push(command))
    expect(got).toEqual([{ type: 'import-story' }])
    stop()
    const again: AppCommand[] = []
    onAppCommand('import-story', (command) => again.push(command))()
    expect(again).toEqual([])
  })

  it('does not hold what it was told not to, nor give a held command to another type', () => {
    deliverAppCommand({ type: 'share' }, { hold: false })
    const shared: AppCommand[] = []
    onAppCommand('share', (command) => shared.push(command))()
    expect(shared).toEqual([])

    deliverAppCommand({ type: 'new-dossier' }, { hold: true })
    const imported: AppCommand[] = []
    onAppCommand('import-story', (command) => imported.push(command))()
    expect(imported).toEqual([])
    // A newer command replaces the held one.
    deliverAppCommand({ type: 'import-story' }, { hold: true })
    const created: AppCommand[] = []
    onAppCommand('new-dossier', (command) => created.push(command))()
    expect(created).toEqual([])
  })

  it('lets a held command go after half a minute', () => {
    vi.useFakeTimers()
    const link = 'verification-desk://join/abc'
    deliverAppCommand({ type: 'join-invite', link }, { hold: true })
    vi.advanceTimersByTime(31_000)
    const got: AppCommand[] = []
    onAppCommand('join-invite', (command) => got.push(command))()
    expect(got).toEqual([])
  })
})
