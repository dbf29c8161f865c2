import { STATUS_LABELS } from '../dossier'
import type { StatusLabel } from '../dossier'

/**
 * How each status is named and coloured, in the app, the reports and the CLI alike.
 *
 * Colours are for a light background, chosen for WCAG AA contrast (4.5:1 or better) of `ink` on
 * `fill`. `mark` is the colour that stands for the status on the page itself (a stripe, a
 * border): the ink, except for a conflict, whose ink is white on a red fill. A conflict is the
 * one status that asks an editor to act, so it alone is loud (red); a retraction is settled
 * history and reads calm (purple).
 *
 * The CLI cannot show these exact colours on every terminal theme, so it uses the nearest of the
 * terminal's own colours (`sgr`, an ANSI Select Graphic Rendition code) and a symbol.
 */
export interface StatusWords {
  /** On a badge or a filter: "Confirmed", "Conflict". */
  readonly label: string
  /** In running text and CLI tables: "3 confirmed", "2 conflict". */
  readonly word: string
  /** A report's heading for the claims in this status. */
  readonly groupHeading: string
  /** What it means, for an editor choosing it or hovering over a badge. */
  readonly meaning: string
  readonly colour: { readonly ink: string; readonly fill: string; readonly mark: string }
  readonly cli: { readonly word: string; readonly symbol: string; readonly sgr: string }
}

export const STATUS_WORDS: Readonly<Record<StatusLabel, StatusWords>> = {
  unverified: {
    label: 'Unverified',
    word: 'unverified',
    groupHeading: 'Unverified',
    meaning: 'Nobody has established this yet.',
    colour: { ink: '#444039', fill: '#e6e3dc', mark: '#444039' },
    cli: { word: 'unverified', symbol: '·', sgr: '2' },
  },
  confirmed: {
    label: 'Confirmed',
    word: 'confirmed',
    groupHeading: 'Confirmed',
    meaning: 'Evidence supports the claim.',
    colour: { ink: '#1d5e2f', fill: '#d7eedc', mark: '#1d5e2f' },
    cli: { word: 'confirmed', symbol: '✓', sgr: '32' },
  },
  disputed: {
    label: 'Disputed',
    word: 'disputed',
    groupHeading: 'Disputed',
    meaning: 'Evidence contradicts it, or credible parties deny it.',
    colour: { ink: '#8a3600', fill: '#fbe3cf', mark: '#8a3600' },
    cli: { word: 'disputed', symbol: '?', sgr: '33' },
  },
  retracted: {
    label: 'Retracted',
    word: 'retracted',
    groupHeading: 'Retracted',
    meaning: 'The speaker or source withdrew or revised it.',
    colour: { ink: '#553b80', fill: '#ebe3f6', mark: '#553b80' },
    cli: { word: 'retracted', symbol: '↩', sgr: '35' },
  },
  conflict: {
    label: 'Conflict',
    word: 'conflict',
    groupHeading: 'Conflicting decisions',
    meaning: 'Editors decided differently; a decision must resolve it.',
    colour: { ink: '#ffffff', fill: '#b00020', mark: '#b00020' },
    cli: { word: 'CONFLICT', symbol: '⚠', sgr: '1;97;41' },
  },
}

/** The order an editor works through: from nothing known to settled, then the exception. */
export const WORKFLOW_ORDER: readonly StatusLabel[] = STATUS_LABELS

/** The order a report lists its groups in: what needs an editor's attention first. */
export const ATTENTION_ORDER: readonly StatusLabel[] = [
  'conflict',
  'confirmed',
  'disputed',
  'retracted',
  'unverified',
]
