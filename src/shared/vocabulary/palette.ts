import { SIGNATURE_WORDS, VERIFICATIONS } from './signature'
import type { StatusLabel, Verification } from '../dossier'
import { STATUS_WORDS, WORKFLOW_ORDER } from './status'
import type { StatusWords } from './status'

/** The app's two colour themes. The HTML report is always light. */
export type PaletteTheme = 'light' | 'dark'

type StatusColour = StatusWords['colour']
type SignatureColour = { readonly ink: string; readonly fill: string }

/**
 * The status and signature colours on a dark page. The light fills would glare and their dark inks
 * vanish on a dark background, so each badge becomes a light ink on a deep fill of the same hue
 * (WCAG AA: 4.5:1 or better, test/renderer/palette.test.ts checks it), and each mark (a stripe,
 * a frame) a brighter tone that stands out against the dark surfaces. The conflict stays loud:
 * white on red.
 */
const DARK_STATUS: Readonly<Record<StatusLabel, StatusColour>> = {
  unverified: { ink: '#e6e2da', fill: '#45413a', mark: '#b8b2a6' },
  confirmed: { ink: '#c4ecce', fill: '#1f4b2c', mark: '#6fcf8a' },
  disputed: { ink: '#ffd7b8', fill: '#5e2c06', mark: '#f29a5c' },
  retracted: { ink: '#e4d7fb', fill: '#45325f', mark: '#b99deb' },
  conflict: { ink: '#ffffff', fill: '#b00020', mark: '#ff6b81' },
}

const DARK_SIGNATURE: Readonly<Record<Verification, SignatureColour>> = {
  signed: { ink: '#c4ecce', fill: '#1f4b2c' },
  unsigned: { ink: '#ffe2a0', fill: '#4d3600' },
  tampered: { ink: '#ffffff', fill: '#a1001c' },
}

/**
 * The vocabulary's colours as CSS custom properties, the only place stylesheets get them from:
 * the app sets them on its root element (for the theme shown), the HTML report writes the light
 * ones into its stylesheet. `--confirmed` is a status's ink, `--confirmed-bg` its fill,
 * `--confirmed-mark` its mark; `--signed`, `--unsigned`, `--tampered` (and `-bg`) the signature
 * badges'.
 */
export const paletteProperties = (
  theme: PaletteTheme = 'light',
): Readonly<Record<string, string>> => {
  const properties: Record<string, string> = {}
  for (const label of WORKFLOW_ORDER) {
    const colour = theme === 'dark' ? DARK_STATUS[label] : STATUS_WORDS[label].colour
    properties[`--${label}`] = colour.ink
    properties[`--${label}-bg`] = colour.fill
    properties[`--${label}-mark`] = colour.mark
  }
  for (const verification of VERIFICATIONS) {
    const colour =
      theme === 'dark' ? DARK_SIGNATURE[verification] : SIGNATURE_WORDS[verification].colour
    properties[`--${verification}`] = colour.ink
    properties[`--${verification}-bg`] = colour.fill
  }
  return properties
}

/** The light properties as declarations for a stylesheet: "--confirmed: #1d5e2f; ...". */
export const paletteDeclarations = (): string =>
  Object.entries(paletteProperties('light'))
    .map(([name, value]) => `${name}: ${value};`)
    .join(' ')
