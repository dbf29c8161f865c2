import { SNIFF_BYTES, sniffBytes } from '../../../shared/ingest/story-sniff'
import type { DossierSummaryWire } from '../../../shared/protocol'
import { untrustedImportNote } from '../../../shared/report/untrusted-history'
import type { ImportedDossier, LibraryView } from '../../app/use-library'
import { fileKindOf, looksLikeDossierJson } from '../../logic/library-file-kind'
import { MAX_STORY_BYTES, storyFormatOf } from '../../sync/library-client'

/** The contract's cap on a `.dossier` file sent to the host (base64 of at most 6 MiB). */
export const MAX_DOSSIER_FILE_BYTES = Math.floor((6 * 1024 * 1024 * 3) / 4)

/** What an import made, and what the editor must be told about it (tampered decisions). */
export interface ImportDone {
  readonly dossier: DossierSummaryWire
  /** "Imported" for a story, "Added" for a dossier brought whole. */
  readonly verb: 'Imported' | 'Added'
  readonly warning: string | null
}

/** The state a form or the drop target shows for its last import. */
export type ImportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy'; readonly name: string }
  | ({ readonly kind: 'done' } & ImportDone)
  | { readonly kind: 'failed'; readonly message: string }

/**
 * The file's text, once its first bytes show it is text: a PNG, a PDF or a Word document chosen
 * by mistake is refused here, saying what it is, before anything is sent. UTF-16 with a byte
 * order mark is decoded as such (`File.text()` reads only UTF-8).
 */
export const readStory = async (file: File): Promise<string> => {
  const verdict = sniffBytes(new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer()))
  if (!verdict.ok) throw new Error(verdict.message)
  if (verdict.encoding === 'utf-8') return file.text()
  return new TextDecoder(verdict.encoding).decode(await file.arrayBuffer())
}

type Importers = Pick<LibraryView, 'importStory' | 'importDossierFile' | 'importJson'>

const added = (result: ImportedDossier): ImportDone => ({
  dossier: result.dossier,
  verb: 'Added',
  warning: result.untrusted === undefined ? null : untrustedImportNote(result.untrusted),
})

/** A `.dossier` file or a JSON export, opened whole (the host checks it first). */
export const openDossierFile = async (file: File, library: Importers): Promise<ImportDone> => {
  if (file.size > MAX_DOSSIER_FILE_BYTES) {
    throw new Error('it is too large to open here (over 4.5 MB); import it with `dossier import`.')
  }
  if (fileKindOf(file.name) === 'json')
    return added(await library.importJson(await readStory(file)))
  return added(await library.importDossierFile(new Uint8Array(await file.arrayBuffer())))
}

/**
 * Any file brought to the library: a `.dossier` file or JSON export opens; anything else is a
 * story (refused before upload if it is not text), in `language` when one is chosen.
 */
export const importLibraryFile = async (
  file: File,
  library: Importers,
  language: { language?: string } = {},
): Promise<ImportDone> => {
  if (fileKindOf(file.name) !== 'story') return openDossierFile(file, library)
  if (file.size > MAX_STORY_BYTES) throw new Error('it is too large to import (over 3 MB).')
  const text = await readStory(file)
  // A JSON export saved under another name is still a dossier, as `dossier import` takes it.
  if (looksLikeDossierJson(text)) return added(await library.importJson(text))
  const format = storyFormatOf(file.name)
  const dossier = await library.importStory({
    text,
    filename: file.name,
    ...(format === undefined ? {} : { format }),
    ...language,
  })
  return { dossier, verb: 'Imported', warning: null }
}
