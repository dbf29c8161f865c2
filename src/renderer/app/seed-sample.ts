import type * as Y from 'yjs'
import type { Dossier } from '../../shared/dossier'
import { createSampleDossier } from '../../shared/sample/sample-dossier'
import { sampleDeskSigners } from '../../shared/sample/sample-signers'

/**
 * The built-in sample, written by two invented desk members with keys made for the occasion, so
 * its history (a conflict included) is theirs and not the editor's on this device. Without a
 * host there is nowhere to keep a frozen version, so the app's own copy has none.
 */
export const seedSampleDossier = (doc: Y.Doc): Dossier =>
  createSampleDossier(doc, sampleDeskSigners())
