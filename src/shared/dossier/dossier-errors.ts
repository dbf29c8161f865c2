export class NotADossierError extends Error {
  constructor() {
    super('this document is not a verification dossier (it has no schema version)')
  }
}

/** A write refused because its input is invalid; nothing was written. */
export class DossierInputError extends Error {}
