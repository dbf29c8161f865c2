import { describe, expect, it } from 'vitest'
import { STATUSES } from '../../src/shared/dossier'
import {
  SHORTCUTS,
  isTyping,
  shortcutFor,
  stepThrough,
  type ShortcutKeyEvent,
  type ShortcutTarget,
} from '../../src/renderer/logic/shortcut-keys'

const press = (key: string, held: Partial<ShortcutKeyEvent> = {}): ShortcutKeyEvent => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...held,
})

const ON_PAGE: ShortcutTarget = { tagName: 'BUTTON', isContentEditable: false, dialogOpen: false }

describe('shortcutFor', () => {
  it('maps each key to its action', () => {
    expect(shortcutFor(press('j'), ON_PAGE)).toEqual({ kind: 'next-claim' })
    expect(shortcutFor(press('k'), ON_PAGE)).toEqual({ kind: 'previous-claim' })
    expect(shortcutFor(press('/'), ON_PAGE)).toEqual({ kind: 'search' })
    expect(shortcutFor(press('n'), ON_PAGE)).toEqual({ kind: 'new-claim' })
    expect(shortcutFor(press('e'), ON_PAGE)).toEqual({ kind: 'edit-claim' })
    expect(shortcutFor(press('?'), ON_PAGE)).toEqual({ kind: 'help' })
    expect(shortcutFor(press('x'), ON_PAGE)).toBeNull()
    expect(shortcutFor(press('J'), ON_PAGE)).toBeNull()
    expect(shortcutFor(press('5'), ON_PAGE)).toBeNull()
    expect(shortcutFor(press('toString'), ON_PAGE)).toBeNull()
  })

  it('numbers the statuses in the decide form’s order', () => {
    expect(STATUSES).toEqual(['unverified', 'confirmed', 'disputed', 'retracted'])
    expect(['1', '2', '3', '4'].map((key) => shortcutFor(press(key), ON_PAGE))).toEqual(
      STATUSES.map((status) => ({ kind: 'choose-status', status })),
    )
  })

  it('leaves keys with Ctrl, ⌘ or Alt to the browser, and allows Shift for ?', () => {
    expect(shortcutFor(press('j', { ctrlKey: true }), ON_PAGE)).toBeNull()
    expect(shortcutFor(press('k', { metaKey: true }), ON_PAGE)).toBeNull()
    expect(shortcutFor(press('3', { altKey: true }), ON_PAGE)).toBeNull()
    expect(shortcutFor(press('n', { isComposing: true }), ON_PAGE)).toBeNull()
    expect(shortcutFor(press('?', {}), ON_PAGE)).toEqual({ kind: 'help' })
  })

  it('never takes keys typed into a field or pressed in an open dialog', () => {
    for (const tagName of ['INPUT', 'textarea', 'SELECT']) {
      const target = { ...ON_PAGE, tagName }
      expect(isTyping(target)).toBe(true)
      expect(shortcutFor(press('j'), target)).toBeNull()
      expect(shortcutFor(press('3'), target)).toBeNull()
    }
    const editable = { ...ON_PAGE, tagName: 'DIV', isContentEditable: true }
    expect(shortcutFor(press('n'), editable)).toBeNull()
    expect(shortcutFor(press('?'), { ...ON_PAGE, dialogOpen: true })).toBeNull()
    expect(shortcutFor(press('j'), { ...ON_PAGE, tagName: null })).toEqual({ kind: 'next-claim' })
  })

  it('lists every shortcut for the help dialog', () => {
    const single = SHORTCUTS.filter((shortcut) => shortcut.keys.length === 1)
    const keys = single.flatMap((shortcut) => shortcut.keys)
    expect(keys).toEqual(['j', 'k', '1', '2', '3', '4', '/', 'n', 'e', '?'])
    for (const key of keys) expect(shortcutFor(press(key), ON_PAGE)).not.toBeNull()
    const chords = SHORTCUTS.filter((shortcut) => shortcut.keys.length > 1)
    expect(chords.map((shortcut) => shortcut.keys.join('+'))).toEqual(['Ctrl+Z', 'Ctrl+Shift+Z'])
  })

  it('takes Ctrl+Z (⌘Z) for undo, and Ctrl+Shift+Z, ⌘⇧Z and Ctrl+Y for redo', () => {
    expect(shortcutFor(press('z', { ctrlKey: true }), ON_PAGE)).toEqual({ kind: 'undo' })
    expect(shortcutFor(press('z', { metaKey: true }), ON_PAGE)).toEqual({ kind: 'undo' })
    expect(shortcutFor(press('Z', { ctrlKey: true, shiftKey: true }), ON_PAGE)).toEqual({
      kind: 'redo',
    })
    expect(shortcutFor(press('Z', { metaKey: true, shiftKey: true }), ON_PAGE)).toEqual({
      kind: 'redo',
    })
    expect(shortcutFor(press('y', { ctrlKey: true }), ON_PAGE)).toEqual({ kind: 'redo' })
    expect(shortcutFor(press('z'), ON_PAGE)).toBeNull()
    expect(shortcutFor(press('z', { ctrlKey: true, altKey: true }), ON_PAGE)).toBeNull()
    expect(shortcutFor(press('y', { metaKey: true }), ON_PAGE)).toBeNull()
  })

  it('leaves Ctrl+Z in a text field to the field, and in a dialog to the dialog', () => {
    for (const tagName of ['INPUT', 'TEXTAREA']) {
      expect(shortcutFor(press('z', { ctrlKey: true }), { ...ON_PAGE, tagName })).toBeNull()
      expect(shortcutFor(press('y', { ctrlKey: true }), { ...ON_PAGE, tagName })).toBeNull()
    }
    const editable = { ...ON_PAGE, tagName: 'DIV', isContentEditable: true }
    expect(shortcutFor(press('z', { ctrlKey: true }), editable)).toBeNull()
    expect(shortcutFor(press('z', { ctrlKey: true }), { ...ON_PAGE, dialogOpen: true })).toBeNull()
  })
})

describe('stepThrough', () => {
  const ids = ['a', 'b', 'c']
  it('moves in the visible order and stays put at the ends', () => {
    expect(stepThrough(ids, 'a', 1)).toBe('b')
    expect(stepThrough(ids, 'b', -1)).toBe('a')
    expect(stepThrough(ids, 'c', 1)).toBe('c')
    expect(stepThrough(ids, 'a', -1)).toBe('a')
  })
  it('starts at an end when the open claim is not listed', () => {
    expect(stepThrough(ids, 'z', 1)).toBe('a')
    expect(stepThrough(ids, null, -1)).toBe('c')
    expect(stepThrough([], 'a', 1)).toBeNull()
  })
})
