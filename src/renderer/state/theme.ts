import { useSyncExternalStore } from 'react'
import { applyPalette } from '../logic/palette'
import { THEME_STORAGE_KEY, parseThemeChoice, shownTheme } from '../logic/theme-choice'
import type { ThemeChoice } from '../logic/theme-choice'

/**
 * The theme: the editor's choice, remembered in localStorage, shown on the root element as
 * `data-theme` (the stylesheets' neutral colours follow it, base.css) and as the vocabulary's
 * status and signature colours for the theme shown (set as custom properties, logic/palette.ts).
 * Under _System_ both follow the computer's light or dark setting as it changes.
 */

const DARK_QUERY = '(prefers-color-scheme: dark)'

let current: ThemeChoice = 'system'
const listeners = new Set<() => void>()

const prefersDark = (): boolean =>
  typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches

const readStored = (): ThemeChoice => {
  try {
    return parseThemeChoice(window.localStorage.getItem(THEME_STORAGE_KEY))
  } catch {
    return 'system' // storage refused (private window, strict settings): the default
  }
}

const show = (choice: ThemeChoice): void => {
  current = choice
  const root = document.documentElement
  root.dataset['theme'] = choice
  applyPalette(root.style, shownTheme(choice, prefersDark()))
  for (const listener of listeners) listener()
}

/** Shows the remembered theme and keeps it current; call once, before the first render. */
export const startTheme = (): void => {
  show(readStored())
  if (typeof window.matchMedia === 'function')
    window.matchMedia(DARK_QUERY).addEventListener('change', () => show(current))
  // Another tab of the desk changed it.
  window.addEventListener('storage', (event) => {
    if (event.key === THEME_STORAGE_KEY) show(parseThemeChoice(event.newValue))
  })
}

/** Shows `choice` and remembers it; when the browser refuses storage it lasts for this page. */
export const chooseTheme = (choice: ThemeChoice): void => {
  try {
    window.localStorage.setItem(THEME_STORAGE_KEY, choice)
  } catch {
    // Not remembered; still shown.
  }
  show(choice)
}

const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The current choice, re-rendering when it changes. */
export const useThemeChoice = (): ThemeChoice =>
  useSyncExternalStore(
    subscribe,
    () => current,
    () => current,
  )
