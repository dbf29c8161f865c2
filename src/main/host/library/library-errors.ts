/** A library operation that cannot be done; the message says why and what to do. */
export class LibraryError extends Error {}

/** A `.dossier` file that cannot be imported; nothing was written to the library. */
export class DossierFileFormatError extends LibraryError {}

/**
 * What was named is not there: a dossier, a version, a trash entry. Its `code` is the one a
 * document source's unknown dossier carries, so the hub turns a replica of it away the same way.
 */
export class NotFoundError extends LibraryError {
  readonly code = 'not-found'
}

/** The dossier is open (or being moved), so it cannot be moved now; it can be once it is closed. */
export class DossierInUseError extends LibraryError {}

/** The place something would go is taken (a trash entry whose dossier is in the library again). */
export class TakenError extends LibraryError {}

/** A file of the library that does not read (a damaged version, a dossier that does not open). */
export class UnreadableError extends LibraryError {}
