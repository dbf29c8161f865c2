import { paletteProperties } from '../../shared/vocabulary'
import type { PaletteTheme } from '../../shared/vocabulary'

/**
 * Gives the stylesheets the vocabulary's status and signature colours for `theme` as custom
 * properties (`--confirmed`, `--conflict-bg`, `--tampered`, ...). The CSS files only use them,
 * never define them, so the app and the HTML report cannot drift apart again;
 * test/renderer/palette.test.ts keeps it so. The theme code calls it again whenever the theme
 * shown changes (a choice, or the system's scheme under _System_).
 */
export const applyPalette = (
  style: Pick<CSSStyleDeclaration, 'setProperty'>,
  theme: PaletteTheme = 'light',
): void => {
  for (const [name, value] of Object.entries(paletteProperties(theme)))
    style.setProperty(name, value)
}
