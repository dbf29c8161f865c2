import { STATUS_LABELS } from '../../shared/dossier'
import type { Attribution, StatusCounts } from '../../shared/dossier'

/** Plain-text layout for a terminal: no colours, so output pipes cleanly into files and tools. */
export const table = (
  header: readonly string[],
  rows: readonly (readonly string[])[],
  maxWidth = 60,
): string => {
  const clip = (cell: string): string => {
    const flat = cell.replace(/\s+/g, ' ').trim()
    return flat.length > maxWidth ? `${flat.slice(0, maxWidth - 1)}…` : flat
  }
  const cells = [header, ...rows].map((row) => row.map(clip))
  const widths = header.map((_, column) =>
    Math.max(...cells.map((row) => row[column]?.length ?? 0)),
  )
  return cells
    .map((row) =>
      row
        .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!)))
        .join('  '),
    )
    .join('\n')
}

export const countsLine = (counts: StatusCounts): string =>
  STATUS_LABELS.filter((label) => counts[label] > 0)
    .map((label) => `${counts[label]} ${label}`)
    .join(', ') || 'no claims'

export const speakerLine = (attribution: Attribution): string =>
  [attribution.who || 'unattributed', attribution.role, attribution.where, attribution.when]
    .filter((part) => part !== undefined && part !== '')
    .join(', ')
