import { newId } from '../../../shared/dossier'
import { fromJson, parseDossierJson } from '../../../shared/report/json'
import type { Library } from '../library/library'

/**
 * A JSON export (`dossier export --format json`) into the library, whole, signatures as they
 * are: under its own id when that is free, as a copy under a new one when not (as a `.dossier`
 * file comes in). A text that is not such an export is refused (`DossierFileError`) before
 * anything is added.
 */
export const importDossierJson = async (library: Library, text: string): Promise<string> => {
  const json = parseDossierJson(text)
  const taken = await library.exists(json.meta.id)
  return library.add((doc) => fromJson(doc, json, { id: taken ? newId('m') : json.meta.id }))
}
