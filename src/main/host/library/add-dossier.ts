import * as Y from 'yjs'
import { Dossier, isDossierId, newId } from '../../../shared/dossier'
import { toJsonObject, fromJson } from '../../../shared/report/json'
import { DossierStore } from '../store/dossier-store'
import { readDossierFile } from './dossier-transfer'
import { LibraryError } from './library-errors'
import type { DossierHandle } from './open-dossiers'
import { summarize, writeSummary } from './summary-cache'
import type { DossierSummary } from './summary-cache'

/** Writes a new dossier into an empty doc. */
export type BuildDossier = (doc: Y.Doc) => Dossier

/** The library calls adding a dossier needs. */
interface Owner {
  folderOf(id: string): string
  exists(id: string): Promise<boolean>
  with<T>(ref: string, work: (handle: DossierHandle) => T | Promise<T>): Promise<T>
  add(build: BuildDossier, stored?: () => Uint8Array | undefined): Promise<string>
}

/**
 * Adds a new dossier that `build` writes into an empty doc; returns its id. `stored`, when given,
 * names the bytes to store once `build` ran (undefined: encode them).
 */
export const addBuiltDossier = async (
  library: Pick<Owner, 'folderOf'>,
  build: BuildDossier,
  stored?: () => Uint8Array | undefined,
): Promise<string> => {
  const doc = new Y.Doc()
  try {
    const dossier = build(doc)
    const id = dossier.id
    if (!isDossierId(id))
      throw new LibraryError(`refusing to store a dossier with the unsafe id "${id}"`)
    const summary = summarize(dossier, new Date().toISOString())
    dossier.destroy()
    await DossierStore.create(library.folderOf(id), id, stored?.() ?? Y.encodeStateAsUpdate(doc))
    await writeSummary(library.folderOf(id), summary).catch(() => undefined)
    return id
  } finally {
    doc.destroy()
  }
}

/**
 * Adds a dossier whose whole state is `state` (the sample; an import uses addIngestedDossier).
 * Those bytes are stored as they are, rather than encoded again from the document (a fifth of a
 * large import's time on the host), unless opening it changed it (a migration).
 */
export const addDossierState = (library: Owner, state: Uint8Array): Promise<string> => {
  let changed = false
  return library.add(
    (doc) => {
      Y.applyUpdate(doc, state)
      const markChanged = (): void => {
        changed = true
      }
      doc.on('update', markChanged)
      try {
        return Dossier.open(doc)
      } finally {
        doc.off('update', markChanged)
      }
    },
    () => (changed ? undefined : state),
  )
}

/**
 * Adds a dossier an import's worker built: its whole state and the listing's summary, both
 * computed there from the open dossier (the summary checked where the worker's message
 * arrived). The bytes are stored as they are, without decoding them on this thread: that
 * took 0.5–0.7 s of a 4 MB story's import, and this host's other work waited meanwhile.
 */
export const addIngestedDossier = async (
  library: Pick<Owner, 'folderOf'>,
  state: Uint8Array,
  summary: DossierSummary,
): Promise<string> => {
  const { id } = summary
  if (!isDossierId(id))
    throw new LibraryError(`refusing to store a dossier with the unsafe id "${id}"`)
  await DossierStore.create(library.folderOf(id), id, state)
  await writeSummary(library.folderOf(id), summary).catch(() => undefined)
  return id
}

/**
 * An independent copy under a new id (its own document, so it never merges back into the
 * original), with every entry and signature; versions and trash stay with the original.
 */
export const duplicateDossier = async (
  library: Owner,
  ref: string,
  title?: string,
): Promise<string> => {
  const json = await library.with(ref, ({ dossier }) => toJsonObject(dossier))
  return library.add((doc) => {
    const copy = fromJson(doc, json, { id: newId('m') })
    copy.setTitle(title ?? `${json.meta.title} (copy)`, json.meta.story)
    return copy
  })
}

/**
 * Imports a `.dossier` file, checked whole before anything is written. A dossier new to the
 * library keeps its id; one already here becomes a copy with a new id, or with `merge` is
 * merged into it (the same dossier edited elsewhere: Yjs joins both histories).
 */
export const importDossierFile = async (
  library: Owner,
  bytes: Uint8Array,
  options: { merge?: boolean } = {},
): Promise<{ id: string; merged: boolean }> => {
  const file = readDossierFile(bytes)
  try {
    const { id } = file
    const known = isDossierId(id) && (await library.exists(id))
    if (known && options.merge === true) {
      await library.with(id, (handle) => handle.applyUpdate(file.snapshot))
      return { id, merged: true }
    }
    if (!known && isDossierId(id)) {
      await DossierStore.create(library.folderOf(id), id, file.snapshot)
      return { id, merged: false }
    }
    const json = toJsonObject(file.dossier)
    return {
      id: await library.add((doc) => fromJson(doc, json, { id: newId('m') })),
      merged: false,
    }
  } finally {
    file.dossier.destroy()
    file.dossier.doc.destroy()
  }
}
