import type { Signer } from '../../../shared/identity'

/**
 * The host's key under the name of the editor who asked it to build a dossier (an import from
 * the app): the host signs, since it holds no key of theirs, and the dossier it builds declares
 * that name for its key, so the claims read "by" the editor rather than by the host's account.
 */
export const signingAs = (signer: Signer, name: string | undefined): Signer =>
  name === undefined || name === signer.name
    ? signer
    : { publicKey: signer.publicKey, name, sign: (message) => signer.sign(message) }
