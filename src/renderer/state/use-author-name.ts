import { authorLabel } from '../../shared/vocabulary'
import { useDossierStore, useNamesVersion } from './hooks'

/** An author's current signed display name; re-renders when any name is declared. */
export const useAuthorName = (publicKey: string): string => {
  const store = useDossierStore()
  useNamesVersion()
  return authorLabel(store.dossier.authorName(publicKey), publicKey)
}
