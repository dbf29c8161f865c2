/** What the page asks the compaction worker (compaction-worker.ts), and its answer. */
export interface CompactionRequest {
  readonly id: number
  /** The replica's IndexedDB database. */
  readonly name: string
}

export type CompactionReply =
  | { readonly id: number; readonly ok: true; readonly merged: number }
  | { readonly id: number; readonly ok: false; readonly error: string }

export const isCompactionRequest = (data: unknown): data is CompactionRequest =>
  typeof data === 'object' &&
  data !== null &&
  typeof (data as CompactionRequest).id === 'number' &&
  typeof (data as CompactionRequest).name === 'string'

/** A reply as it arrives: checked, like every message crossing into the page. */
export const isCompactionReply = (data: unknown): data is CompactionReply => {
  if (typeof data !== 'object' || data === null) return false
  const reply = data as CompactionReply
  if (typeof reply.id !== 'number') return false
  return reply.ok === true
    ? typeof reply.merged === 'number'
    : reply.ok === false && typeof reply.error === 'string'
}
