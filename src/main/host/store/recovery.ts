import * as fs from 'node:fs/promises'
import * as Y from 'yjs'
import { writeFileAtomic } from './atomic-file'
import { LOG_HEADER_SIZE, logHeader, scanLog } from './log-format'
import type { LogEnding } from './log-format'
import { DamagedFileError, decodeSnapshot } from './snapshot-file'
import { StoreError } from './store-error'
import {
  copyAside,
  damagedFiles,
  moveAside,
  readIfExists,
  removeLeftovers,
  storePaths,
} from './store-files'

export type RecoveryEvent =
  /** The last record was cut short by a crash; it was never acknowledged, so it was cut off. */
  | { readonly kind: 'torn-tail'; readonly bytes: number }
  | {
      readonly kind: 'log-damaged'
      readonly reason: string
      readonly recordsKept: number
      readonly bytesDropped: number
      readonly setAside: string
    }
  | { readonly kind: 'snapshot-damaged'; readonly reason: string; readonly setAside: string }
  /**
   * The log was missing or held no bytes at all. Every log this store writes starts with a header
   * that is on disk before the file becomes `log` (at creation and at each compaction), so this
   * is never a crash of ours: something else removed or emptied it, and any change saved to it
   * since the snapshot was written may be gone (nothing says whether there was any).
   */
  | { readonly kind: 'log-lost'; readonly state: 'missing' | 'empty'; readonly snapshotAt: string }
  /** No snapshot beside a log that has records: the same reasoning, for the snapshot. */
  | { readonly kind: 'snapshot-missing' }

export interface RecoveryReport {
  readonly dossier: string
  /** Whether a snapshot was read. */
  readonly snapshot: boolean
  /** Log records replayed on top of it. */
  readonly records: number
  readonly events: readonly RecoveryEvent[]
}

export interface Recovered {
  readonly doc: Y.Doc
  readonly report: RecoveryReport
  readonly log: { readonly size: number; readonly records: number }
}

/** What recovery did, in words for the person who owns the library. */
export const describeEvent = (event: RecoveryEvent): string => {
  switch (event.kind) {
    case 'torn-tail':
      return `an unfinished last change (${event.bytes} bytes, never confirmed as saved) was cut off the log`
    case 'log-damaged':
      return `the log is damaged (${event.reason}); kept the ${event.recordsKept} intact records before the damage and dropped the ${event.bytesDropped} bytes after it; the damaged log was copied to ${event.setAside}`
    case 'snapshot-damaged':
      return `the snapshot is damaged (${event.reason}); it was moved to ${event.setAside}`
    case 'snapshot-missing':
      return 'the snapshot is missing'
    case 'log-lost':
      return `the log was ${event.state === 'missing' ? 'missing' : 'empty (0 bytes)'}, so changes saved after the snapshot of ${event.snapshotAt} may be lost; a new log was started`
  }
}

/** One line per event, naming the dossier. */
export const describeRecovery = (report: RecoveryReport): string[] =>
  report.events.map((event) => {
    const line = `dossier ${report.dossier}: ${describeEvent(event)}`
    const snapshotLost = event.kind === 'snapshot-damaged' || event.kind === 'snapshot-missing'
    return snapshotLost && report.records > 0
      ? `${line}; the dossier opened from its log alone and may be missing older content`
      : line
  })

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/** Reads the snapshot into a fresh doc; a damaged one is moved aside and reported, never reused. */
const readSnapshot = async (
  file: string,
  events: RecoveryEvent[],
): Promise<{ doc: Y.Doc; found: boolean; writtenAt: Date | null }> => {
  const doc = new Y.Doc()
  const bytes = await readIfExists(file)
  if (bytes === null) return { doc, found: false, writtenAt: null }
  try {
    Y.applyUpdate(doc, decodeSnapshot(bytes))
    return { doc, found: true, writtenAt: (await fs.stat(file)).mtime }
  } catch (error) {
    doc.destroy()
    const reason =
      error instanceof DamagedFileError
        ? error.message
        : `its content is not a readable document (${message(error)})`
    events.push({ kind: 'snapshot-damaged', reason, setAside: await moveAside(file) })
    return { doc: new Y.Doc(), found: false, writtenAt: null }
  }
}

const truncateSynced = async (file: string, length: number): Promise<void> => {
  const handle = await fs.open(file, 'r+')
  try {
    await handle.truncate(length)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Opens a dossier folder: the snapshot, then the log replayed on top. Yjs updates are
 * idempotent, so replaying records the snapshot already holds (a crash between writing a new
 * snapshot and starting the new log leaves exactly that) changes nothing.
 *
 * A torn tail is cut off. Damage stops the replay at the last intact record: the log is copied
 * aside first, then cut back to that record so new records follow intact ones. Nothing damaged
 * is ever written over.
 */
export const recover = async (folder: string, id: string): Promise<Recovered> => {
  const paths = storePaths(folder)
  await removeLeftovers(folder)
  const events: RecoveryEvent[] = []
  const { doc, found, writtenAt } = await readSnapshot(paths.snapshot, events)

  const logBytes = await readIfExists(paths.log)
  const scan = logBytes === null ? null : scanLog(logBytes)
  if (scan?.ending.kind === 'newer') {
    doc.destroy()
    throw new StoreError(
      `dossier ${id} was saved by a newer version of Verification Desk (log format ${scan.ending.version}); update the app to open it. Its files were left as they are.`,
      id,
    )
  }
  let kept = scan?.records.length ?? 0
  let goodLength = scan?.goodLength ?? 0
  let ending: LogEnding = scan?.ending ?? { kind: 'empty' }
  doc.transact(() => {
    for (const [index, record] of (scan?.records ?? []).entries()) {
      try {
        Y.applyUpdate(doc, record.payload)
      } catch (error) {
        kept = index
        goodLength = record.offset
        ending = {
          kind: 'damaged',
          offset: record.offset,
          reason: `a record is not a readable update (${message(error)})`,
        }
        return
      }
    }
  })

  const fileLength = logBytes?.length ?? 0
  if (ending.kind === 'damaged') {
    const setAside = await copyAside(paths.log)
    events.push({
      kind: 'log-damaged',
      reason: ending.reason,
      recordsKept: kept,
      bytesDropped: fileLength - goodLength,
      setAside,
    })
  } else if (ending.kind === 'torn') {
    events.push({ kind: 'torn-tail', bytes: ending.bytes })
  } else if (ending.kind === 'empty' && writtenAt !== null) {
    const state = logBytes === null ? 'missing' : 'empty'
    events.push({ kind: 'log-lost', state, snapshotAt: writtenAt.toISOString() })
  }
  if (!found && kept > 0 && !events.some((event) => event.kind === 'snapshot-damaged')) {
    events.push({ kind: 'snapshot-missing' })
  }
  if (goodLength < LOG_HEADER_SIZE) {
    await writeFileAtomic(paths.log, logHeader())
    goodLength = LOG_HEADER_SIZE
  } else if (goodLength < fileLength) {
    await truncateSynced(paths.log, goodLength)
  }

  if (!found && kept === 0) {
    doc.destroy()
    const aside = await damagedFiles(folder)
    const what = events.map(describeEvent).join('; ')
    throw new StoreError(
      aside.length > 0
        ? `dossier ${id} cannot be opened: nothing readable is left${what ? ` (${what})` : ''}; its damaged files are in ${folder} (${aside.join(', ')}). Restore it from a .dossier backup or a frozen version.`
        : `dossier ${id} cannot be opened: ${folder} holds no saved state (no snapshot and an empty log)`,
      id,
    )
  }
  return {
    doc,
    report: { dossier: id, snapshot: found, records: kept, events },
    log: { size: goodLength, records: kept },
  }
}
