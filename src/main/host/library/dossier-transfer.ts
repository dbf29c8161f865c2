import * as Y from 'yjs'
import { Dossier, claimsCounted } from '../../../shared/dossier'
import type { DossierView } from '../../../shared/dossier'
import { DOSSIER_FILE_FORMAT_APP, decodeDossierFile, encodeDossierFile } from './dossier-file'
import type { DossierFileMetadata } from './dossier-file'
import { DossierFileFormatError } from './library-errors'

/** The metadata a `.dossier` file carries about the dossier inside it. */
export const metadataOf = (dossier: DossierView): Omit<DossierFileMetadata, 'version'> => {
  const meta = dossier.meta()
  const counts = dossier.countsWithoutViews()
  return {
    format: 'verification-desk.dossier',
    id: meta.id,
    title: meta.title,
    story: meta.story,
    language: meta.language,
    created: meta.created,
    exportedAt: new Date().toISOString(),
    claims: claimsCounted(counts),
    counts,
    app: DOSSIER_FILE_FORMAT_APP,
  }
}

export const exportDossierFile = (doc: Y.Doc, dossier: DossierView): Buffer =>
  encodeDossierFile(metadataOf(dossier), Y.encodeStateAsUpdate(doc))

export interface ReadDossierFile {
  readonly id: string
  readonly metadata: DossierFileMetadata
  readonly snapshot: Uint8Array
  /** The dossier inside, opened over its own doc; the caller destroys both. */
  readonly dossier: Dossier
}

const refuse = (reason: string): never => {
  throw new DossierFileFormatError(
    `cannot import this .dossier file: ${reason}; nothing was added to the library`,
  )
}

/**
 * Checks a `.dossier` file all the way: framing and checksums, metadata, and that the snapshot
 * opens as the dossier its metadata names. Only then may anything be written.
 */
export const readDossierFile = (bytes: Uint8Array): ReadDossierFile => {
  let decoded
  try {
    decoded = decodeDossierFile(bytes)
  } catch (error) {
    return refuse((error as Error).message)
  }
  const { metadata, snapshot } = decoded
  const doc = new Y.Doc()
  let dossier: Dossier
  try {
    Y.applyUpdate(doc, snapshot)
    dossier = Dossier.open(doc)
  } catch (error) {
    doc.destroy()
    return refuse(`its snapshot does not open as a dossier (${(error as Error).message})`)
  }
  if (dossier.id !== metadata.id) {
    dossier.destroy()
    doc.destroy()
    refuse(`its metadata names dossier ${metadata.id} but the document inside is ${dossier.id}`)
  }
  return { id: metadata.id, metadata, snapshot, dossier }
}
