import type { StatusCounts, StatusLabel } from '../../shared/dossier'
import { STATUS_WORDS, WORKFLOW_ORDER } from '../../shared/vocabulary'
import type { CliIo } from './command'

/** An ANSI colour sequence, as `statusCell` writes them: it takes no room in a column. */
// eslint-disable-next-line no-control-regex
const ANSI_SEQUENCE = /\x1b\[[0-9;]*m/g

const visibleLength = (text: string): number => text.replace(ANSI_SEQUENCE, '').length

/**
 * Colour only for a person at a terminal: output piped into a file or another tool stays plain
 * text, and NO_COLOR (no-color.org) or TERM=dumb turn colour off.
 */
export const wantsColour = (io: CliIo): boolean =>
  'isTTY' in io.stdout &&
  io.stdout.isTTY === true &&
  (io.env.NO_COLOR ?? '') === '' &&
  io.env.TERM !== 'dumb'

/**
 * A status as the CLI shows it: the vocabulary's word ("confirmed", "CONFLICT"), and at a
 * terminal also its symbol in its colour.
 */
export const statusCell = (label: StatusLabel, colour: boolean): string => {
  const { cli } = STATUS_WORDS[label]
  return colour ? `\x1b[${cli.sgr}m${cli.symbol} ${cli.word}\x1b[0m` : cli.word
}

/** Columns padded to their widest cell; colour sequences take no room. */
export const table = (
  header: readonly string[],
  rows: readonly (readonly string[])[],
  maxWidth = 60,
): string => {
  const clip = (cell: string): string => {
    // A coloured cell is one of ours and short; clipping could cut its closing sequence.
    if (cell.includes('\x1b[')) return cell
    const flat = cell.replace(/\s+/g, ' ').trim()
    return flat.length > maxWidth ? `${flat.slice(0, maxWidth - 1)}…` : flat
  }
  const cells = [header, ...rows].map((row) => row.map(clip))
  const widths = header.map((_, column) =>
    Math.max(...cells.map((row) => visibleLength(row[column] ?? ''))),
  )
  return cells
    .map((row) =>
      row
        .map((cell, column) =>
          column === row.length - 1
            ? cell
            : cell + ' '.repeat(Math.max(0, widths[column]! - visibleLength(cell))),
        )
        .join('  '),
    )
    .join('\n')
}

export const countsLine = (counts: StatusCounts): string =>
  WORKFLOW_ORDER.filter((label) => counts[label] > 0)
    .map((label) => `${counts[label]} ${STATUS_WORDS[label].word}`)
    .join(', ') || 'no claims'
