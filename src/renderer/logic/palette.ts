import { paletteProperties } from '../../shared/vocabulary'

/**
 * Gives the stylesheets the vocabulary's status and signature colours as custom properties
 * (`--confirmed`, `--conflict-bg`, `--tampered`, ...). The CSS files only use them, never define
 * them, so the app and the HTML report cannot drift apart again; test/renderer/palette.test.ts
 * keeps it so.
 */
export const applyPalette = (style: Pick<CSSStyleDeclaration, 'setProperty'>): void => {
  for (const [name, value] of Object.entries(paletteProperties())) style.setProperty(name, value)
}
