import type { Figure } from '../../shared/dossier'

/** Claim numbers are 1-based positions, the same on every replica. */
export const claimNumber = (index: number): string => `#${index + 1}`

/** The figure as the source wrote it, with its parsed value when that adds something. */
export const describeFigure = (figure: Figure): string => {
  const parsed = `${figure.value.toLocaleString('en')}${figure.unit ? ` ${figure.unit}` : ''}`
  if (figure.raw.trim() === '') return parsed
  return figure.raw.includes(String(figure.value)) ? figure.raw : `${figure.raw} (${parsed})`
}

const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
})

/** Times in UTC, so editors in different places read the same history. */
export const formatTime = (iso: string): string => {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : `${dateTimeFormat.format(date)} UTC`
}

export const plural = (count: number, one: string, many = `${one}s`): string =>
  `${count} ${count === 1 ? one : many}`

/** What went wrong, in the words the error carries, for a message shown to the editor. */
export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)
