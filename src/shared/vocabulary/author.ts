import { shortKey } from '../identity'

/**
 * An author as people see them: the display name their device key signed, or, until that name
 * has arrived, the start of the key, said plainly to be a key and not a name.
 */
export const authorLabel = (name: string | null | undefined, publicKey: string): string =>
  name ?? `unnamed key ${shortKey(publicKey)}`
