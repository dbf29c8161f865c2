import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SECURE_WEB_PREFERENCES } from '../../../src/main/app/window-preferences'

/** Electron's security checklist, as webPreferences (docs/security.md, items 2 to 10). */
describe('every window’s web preferences', () => {
  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['webviewTag', false],
    ['navigateOnDragDrop', false],
    ['spellcheck', false],
    ['plugins', false],
    ['enableWebSQL', false],
    ['safeDialogs', true],
  ] as const)('sets %s to %s', (option, value) => {
    expect(SECURE_WEB_PREFERENCES[option]).toBe(value)
  })

  it('enables no Blink feature and turns off auxclick (middle-click opens no window)', () => {
    expect(SECURE_WEB_PREFERENCES).not.toHaveProperty('enableBlinkFeatures')
    expect(SECURE_WEB_PREFERENCES.disableBlinkFeatures).toBe('Auxclick')
  })

  it('holds no preload of its own and cannot be changed at run time', () => {
    expect(SECURE_WEB_PREFERENCES).not.toHaveProperty('preload')
    expect(Object.isFrozen(SECURE_WEB_PREFERENCES)).toBe(true)
  })

  it('is what the main window uses, with only the preload added after it', () => {
    const source = readFileSync('src/main/app/main-window.ts', 'utf8')
    expect(source).toMatch(/webPreferences:\s*\{\s*\.\.\.SECURE_WEB_PREFERENCES,\s*preload:/)
    // Nothing else in the window's options may override an item.
    expect(source.match(/webPreferences/g)).toHaveLength(1)
  })
})
