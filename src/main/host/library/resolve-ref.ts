import { LibraryError, NotFoundError } from './library-errors'

/**
 * The dossier id `ref` names among `ids`: the id itself or a unique prefix of it (with or without
 * its `m_`). `where` names the library in the error, for an editor who has several.
 */
export const resolveDossierRef = (ids: readonly string[], ref: string, where: string): string => {
  if (ids.includes(ref)) return ref
  const matches = ids.filter((id) => id.startsWith(ref) || id.slice(2).startsWith(ref))
  if (matches.length === 1) return matches[0]!
  if (matches.length > 1)
    throw new LibraryError(`"${ref}" matches ${matches.length} dossiers; type more of the id`)
  throw new NotFoundError(`no dossier "${ref}" in ${where} (see \`dossier list\`)`)
}
