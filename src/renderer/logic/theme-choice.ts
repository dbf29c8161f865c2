import type { PaletteTheme } from '../../shared/vocabulary'

/** What the editor chose in the theme switch; _System_ follows the computer's light or dark. */
export type ThemeChoice = 'system' | 'light' | 'dark'

export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark']

export const THEME_LABELS: Readonly<Record<ThemeChoice, string>> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
}

/** Where the choice is remembered, per browser (and per address, as localStorage is). */
export const THEME_STORAGE_KEY = 'verification-desk.theme'

/** A stored value as a choice: anything unknown, missing or damaged is _System_. */
export const parseThemeChoice = (stored: string | null | undefined): ThemeChoice =>
  THEME_CHOICES.find((choice) => choice === stored?.trim().toLowerCase()) ?? 'system'

/** The theme shown for a choice, given whether the system prefers dark. */
export const shownTheme = (choice: ThemeChoice, systemPrefersDark: boolean): PaletteTheme =>
  choice === 'system' ? (systemPrefersDark ? 'dark' : 'light') : choice
