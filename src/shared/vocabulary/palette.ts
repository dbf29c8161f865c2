import { SIGNATURE_WORDS, VERIFICATIONS } from './signature'
import { STATUS_WORDS, WORKFLOW_ORDER } from './status'

/**
 * The vocabulary's colours as CSS custom properties, the only place stylesheets get them from:
 * the app sets them on its root element at start-up, the HTML report writes them into its
 * stylesheet. `--confirmed` is a status's ink, `--confirmed-bg` its fill, `--confirmed-mark` its
 * mark; `--signed`, `--unsigned`, `--tampered` (and `-bg`) the signature badges'.
 */
export const paletteProperties = (): Readonly<Record<string, string>> => {
  const properties: Record<string, string> = {}
  for (const label of WORKFLOW_ORDER) {
    const { colour } = STATUS_WORDS[label]
    properties[`--${label}`] = colour.ink
    properties[`--${label}-bg`] = colour.fill
    properties[`--${label}-mark`] = colour.mark
  }
  for (const verification of VERIFICATIONS) {
    const { colour } = SIGNATURE_WORDS[verification]
    properties[`--${verification}`] = colour.ink
    properties[`--${verification}-bg`] = colour.fill
  }
  return properties
}

/** The same properties as declarations for a stylesheet: "--confirmed: #1d5e2f; ...". */
export const paletteDeclarations = (): string =>
  Object.entries(paletteProperties())
    .map(([name, value]) => `${name}: ${value};`)
    .join(' ')
