import type { Timing } from './measure'
import { MB } from './targets'

/** Number formatting for the printed table: short, fixed units, medians first. */

export const ms = (value: number): string => {
  if (!Number.isFinite(value)) return 'n/a'
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`
  if (value >= 100) return `${value.toFixed(0)} ms`
  if (value >= 1) return `${value.toFixed(1)} ms`
  return `${(value * 1000).toFixed(0)} µs`
}

/** Median, with the fastest run in parentheses. */
export const timing = (value: Timing): string => `${ms(value.medianMs)} (${ms(value.minMs)})`

export const megabytes = (bytes: number): string => `${(bytes / MB).toFixed(1)} MB`

export const times = (value: number): string =>
  Number.isFinite(value) ? `${value.toFixed(value < 10 ? 2 : 1)}×` : 'n/a'

export const count = (value: number): string => Math.round(value).toLocaleString('en-US')

export const perSecond = (value: number): string => `${count(value)}/s`

/** Rows of label + one cell per column, left label and right-aligned cells. */
export const table = (header: readonly string[], rows: readonly (readonly string[])[]): string => {
  const all = [header, ...rows]
  const widths = header.map((_, column) =>
    Math.max(...all.map((row) => (row[column] ?? '').length)),
  )
  const line = (row: readonly string[]): string =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[column]!),
      )
      .join('  ')
      .trimEnd()
  const rule = widths.map((width) => '-'.repeat(width)).join('  ')
  return [line(header), rule, ...rows.map((row) => (row.length === 0 ? '' : line(row)))].join('\n')
}
