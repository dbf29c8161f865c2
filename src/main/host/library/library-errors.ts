/** A library operation that cannot be done; the message says why and what to do. */
export class LibraryError extends Error {}

/** A `.dossier` file that cannot be imported; nothing was written to the library. */
export class DossierFileFormatError extends LibraryError {}
